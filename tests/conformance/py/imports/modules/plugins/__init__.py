# a plugin package for loaders_and_finders.py
