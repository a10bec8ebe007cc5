# importlib.metadata: what installed distributions say about themselves, read from the
# *.dist-info and *.egg-info folders on sys.path (PEP 376/566 layout): version(), metadata(),
# requires(), files(), entry_points(), packages_distributions(), distributions().
# Written for pygen from the documented behaviour of CPython 3.11's importlib.metadata.

import os
import re
import sys

__all__ = ["Distribution", "DistributionFinder", "PackageMetadata", "PackageNotFoundError", "distribution",
           "distributions", "entry_points", "files", "metadata", "packages_distributions", "requires", "version"]


class PackageNotFoundError(ModuleNotFoundError):
    """No installed distribution has the name asked for."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    """PEP 503 normalisation, with '_' as the separator as folder names use it."""
    return re.sub(r"[-_.]+", "_", name).lower()


class PackageMetadata:
    """The METADATA (or PKG-INFO) headers: an email-style mapping where a key may repeat."""

    def __init__(self, text):
        self._headers = []
        body = ""
        lines = text.splitlines(keepends=True)
        i = 0
        while i < len(lines):
            line = lines[i].rstrip("\r\n")
            if not line.strip():
                body = "".join(lines[i + 1:])   # the payload, as it is in the file
                break
            if line[:1] in " \t" and self._headers:
                key, value = self._headers[-1]
                self._headers[-1] = (key, value + "\n" + line)
            elif ":" in line:
                key, _, value = line.partition(":")
                self._headers.append((key.strip(), value.strip()))
            i += 1
        if body:
            self._headers.append(("Description", body))

    def __getitem__(self, key):
        for k, v in self._headers:
            if k.lower() == key.lower():
                return v
        return None

    def get(self, key, default=None):
        value = self[key]
        return default if value is None else value

    def get_all(self, key, failobj=None):
        found = [v for k, v in self._headers if k.lower() == key.lower()]
        return found or failobj

    def __contains__(self, key):
        return self[key] is not None

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._headers)

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    @property
    def json(self):
        multiple = {"Classifier", "Obsoletes-Dist", "Platform", "Project-URL", "Provides-Dist", "Provides-Extra",
                    "Requires-Dist", "Requires-External", "Supported-Platform", "Dynamic"}
        out = {}
        for key in dict.fromkeys(self.keys()):
            name = key.lower().replace("-", "_")
            if key == "Keywords":
                out[name] = self[key].split()
            elif key in multiple:
                out[name] = self.get_all(key)
            else:
                out[name] = self[key]
        return out


class EntryPoint:
    """An entry point: name = module:attr [extras] in a group."""

    _pattern = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group, dist=None)

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def _match(self):
        return self._pattern.match(self.value)

    @property
    def module(self):
        return self._match().group("module")

    @property
    def attr(self):
        return self._match().group("attr")

    @property
    def extras(self):
        extras = self._match().group("extras")
        return re.findall(r"\w+", extras or "")

    def load(self):
        import importlib
        match = self._match()
        obj = importlib.import_module(match.group("module"))
        for part in filter(None, (match.group("attr") or "").split(".")):
            obj = getattr(obj, part)
        return obj

    def matches(self, **params):
        return all(getattr(self, key) == value for key, value in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __eq__(self, other):
        return isinstance(other, EntryPoint) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"

    def __iter__(self):
        return iter((self.name, self))

    def __reduce__(self):
        return self.__class__, (self.name, self.value, self.group)


class EntryPoints(tuple):
    """An immutable collection of entry points, selectable by their attributes."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            return super().__getitem__(name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    def __repr__(self):
        return f"{self.__class__.__name__}({tuple(self)!r})"


def _parse_entry_points(text, dist):
    found = []
    group = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            continue
        name, _, value = line.partition("=")
        ep = EntryPoint(name.strip(), value.strip(), group)
        vars(ep)["dist"] = dist
        found.append(ep)
    return found


class PackagePath(str):
    """A path in a distribution's RECORD, relative to its site folder."""

    hash = None
    size = None
    dist = None

    @property
    def parts(self):
        return tuple(self.split("/"))

    @property
    def name(self):
        return self.rsplit("/", 1)[-1]

    def read_text(self, encoding="utf-8"):
        with open(self.locate(), encoding=encoding) as f:
            return f.read()

    def read_binary(self):
        with open(self.locate(), "rb") as f:
            return f.read()

    def locate(self):
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition("=")

    def __repr__(self):
        return f"<FileHash mode: {self.mode} value: {self.value}>"


class Distribution:
    """An installed distribution, found through its metadata folder."""

    def __init__(self, path):
        self._path = path

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = DistributionFinder.Context(**kwargs)
        return iter(_find(context))

    @staticmethod
    def at(path):
        return PathDistribution(os.fspath(path))

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding="utf-8") as f:
                return f.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        return os.path.join(os.path.dirname(self._path), path)

    @property
    def metadata(self):
        text = self.read_text("METADATA") or self.read_text("PKG-INFO") or self.read_text("") or ""
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name or "")

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        return EntryPoints(_parse_entry_points(self.read_text("entry_points.txt") or "", self))

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is None:
            text = self.read_text("installed-files.txt") or self.read_text("SOURCES.txt")
            if text is None:
                return None
            rows = [(line, None, None) for line in text.splitlines() if line.strip()]
        else:
            import csv
            rows = [tuple(row) + (None,) * (3 - len(row)) for row in csv.reader(text.splitlines()) if row]
        found = []
        for name, digest, size in rows:
            path = PackagePath(name)
            path.hash = FileHash(digest) if digest else None
            path.size = int(size) if size else None
            path.dist = self
            found.append(path)
        return found

    @property
    def requires(self):
        reqs = self.metadata.get_all("Requires-Dist")
        if reqs is None:
            text = self.read_text("requires.txt")
            if text is None:
                return None
            reqs = []
            section = ""
            for line in text.splitlines():
                line = line.strip()
                if not line:
                    continue
                if line.startswith("["):
                    section = line.strip("[]")
                    continue
                if section:
                    # "[extra:marker]" sections become PEP 508 markers on each requirement.
                    extra, _, marker = section.partition(":")
                    if extra and marker:
                        marker = f"({marker})"
                    conditions = [c for c in (marker, extra and f'extra == "{extra}"') if c]
                    line = f"{line}; " + " and ".join(conditions)
                reqs.append(line)
        return reqs


class PathDistribution(Distribution):
    pass


class DistributionFinder:
    """Finds distributions on a search path (sys.path by default)."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get("path", sys.path)

    def find_distributions(self, context=Context()):
        return _find(context)


def _find(context):
    wanted = _normalize(context.name) if context.name else None
    seen = set()
    for entry in context.path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except (OSError, TypeError):
            continue
        for child in names:
            stem, ext = os.path.splitext(child)
            if ext not in (".dist-info", ".egg-info"):
                continue
            project = _normalize(stem.split("-", 1)[0])
            if wanted is not None and project != wanted:
                continue
            path = os.path.join(folder, child)
            if path in seen:
                continue
            seen.add(path)
            yield PathDistribution(path)


def distribution(distribution_name):
    """The Distribution of an installed package name."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every distribution found on sys.path (or on path=...)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def entry_points(**params):
    """The entry points of every distribution (the first of each name), filtered by params."""
    found = []
    seen = set()
    for dist in distributions():
        key = dist._normalized_name
        if key in seen:
            continue
        seen.add(key)
        found.extend(dist.entry_points)
    return EntryPoints(found).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    """Top-level importable names mapped to the distributions providing them."""
    mapping = {}
    for dist in distributions():
        text = dist.read_text("top_level.txt")
        names = text.split() if text else [
            p.parts[0].split(".")[0] if len(p.parts) > 1 else p.split(".")[0]
            for p in dist.files or () if p.endswith(".py") or len(p.parts) > 1]
        for name in dict.fromkeys(names):
            if name and not name.endswith((".dist-info", ".egg-info")) and name != "__pycache__":
                mapping.setdefault(name, []).append(dist.metadata["Name"])
    return mapping
