# a resource package for importlib_resources.py
