# importlib.resources over a package of the script's folder and a standard-library package.
import importlib.resources as resources

files = resources.files("modules_resources")
print(files.name, files.is_dir())
print(sorted(p.name for p in files.iterdir() if p.name.endswith(".txt")))
print(files.joinpath("data.txt").read_text().splitlines())
print(resources.read_text("modules_resources", "data.txt").count("\n"))
print(resources.is_resource("modules_resources", "data.txt"), resources.is_resource("modules_resources", "nope.txt"))
with resources.as_file(files / "data.txt") as path:
    print(path.name, path.read_bytes()[:5])
print(resources.files("json").joinpath("__init__.py").read_text().splitlines()[0])
