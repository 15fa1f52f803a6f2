"""Object-oriented filesystem paths (POSIX), as CPython 3.11's pathlib.

A path is kept as CPython keeps it: a drive (always '' here), a root ('', '/' or '//')
and a list of parts whose first element is drive + root when the path is anchored.
Equality, hashing and ordering compare the parts, so results match CPython's.
"""

import fnmatch
import os
import stat

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# Errors that mean "not there" to exists(), is_dir() and friends (ENOENT, ENOTDIR, EBADF, ELOOP).
_IGNORED_ERRNOS = (2, 20, 9, 40)


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _split_root(part):
    """('', root, rest): POSIX keeps exactly two leading slashes, more collapse to one."""
    if part and part[0] == '/':
        stripped = part.lstrip('/')
        if len(part) - len(stripped) == 2:
            return '', '//', stripped
        return '', '/', stripped
    return '', '', part


def _parse_parts(parts):
    """Parses path strings, right to left up to the last anchored one, into (drv, root, parts)."""
    parsed = []
    drv = root = ''
    index = len(parts) - 1
    while index >= 0:
        part = parts[index]
        index -= 1
        if not part:
            continue
        drv, root, rel = _split_root(part)
        pieces = rel.split('/')
        pieces.reverse()
        for piece in pieces:
            if piece and piece != '.':
                parsed.append(piece)
        if drv or root:
            break
    if drv or root:
        parsed.append(drv + root)
    parsed.reverse()
    return drv, root, parsed


def _parse_args(args):
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            parts += a._parts
        else:
            a = os.fspath(a)
            if isinstance(a, str):
                parts.append(str(a))
            else:
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
    return _parse_parts(parts)


def _join_parsed_parts(drv, root, parts, drv2, root2, parts2):
    if root2:
        return drv2, root2, parts2
    if drv2:
        return drv2, root2, parts2
    return drv, root, parts + parts2


def _format_parsed_parts(drv, root, parts):
    if drv or root:
        return drv + root + '/'.join(parts[1:])
    return '/'.join(parts)


def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


_SAFE_URI_BYTES = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote_uri(path):
    out = []
    for byte in path.encode('utf-8', 'surrogateescape'):
        if byte in _SAFE_URI_BYTES:
            out.append(chr(byte))
        else:
            out.append('%{:02X}'.format(byte))
    return ''.join(out)


class _PathParents:
    """The logical ancestors of a path, as a read-only sequence."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path that does no I/O. PurePath() makes a PurePosixPath here."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = _parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _make_child(self, args):
        drv, root, parts = _parse_args(args)
        drv, root, parts = _join_parsed_parts(self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __str__(self):
        if self._str is None:
            self._str = _format_parsed_parts(self._drv, self._root, self._parts) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote_uri(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts and self._is_posix() == other._is_posix()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._parts))
        return self._hash

    def _is_posix(self):
        return True

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _parse_parts((name,))
        if not name or name[-1] == '/' or drv or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = _parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        if (root or drv) if n == 0 else abs_parts[:n] != to_abs_parts:
            formatted = _format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        return tuple(self._parts)

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        drv, root, pat_parts = _parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != self._drv:
            return False
        if root and root != self._root:
            return False
        parts = self._parts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        i = len(parts) - 1
        j = len(pat_parts) - 1
        while i >= 0 and j >= 0:
            if not fnmatch.fnmatchcase(parts[i], pat_parts[j]):
                return False
            i -= 1
            j -= 1
        return True


class PurePosixPath(PurePath):
    """A PurePath for POSIX systems."""
    __slots__ = ()


class Path(PurePath):
    """A path on the file system. Path() makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == '/':
            pattern_parts.append('')
        _check_pattern(pattern_parts)
        for p in _select(self, pattern_parts):
            yield p

    def rglob(self, pattern):
        drv, root, pattern_parts = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            pattern_parts.append('')
        _check_pattern(pattern_parts)
        for p in _select(self, ['**'] + pattern_parts):
            yield p

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        s = os.path.realpath(self, strict=strict)
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == 40:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(bytes(data))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # Not EEXIST alone: the system may report EACCES or EROFS first.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow_symlinks=True):
        """st_mode, or None where exists() would say False."""
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def is_dir(self):
        mode = self._mode()
        return mode is not None and stat.S_ISDIR(mode)

    def is_file(self):
        mode = self._mode()
        return mode is not None and stat.S_ISREG(mode)

    def is_symlink(self):
        mode = self._mode(False)
        return mode is not None and stat.S_ISLNK(mode)

    def is_fifo(self):
        mode = self._mode()
        return mode is not None and stat.S_ISFIFO(mode)

    def is_socket(self):
        mode = self._mode()
        return mode is not None and stat.S_ISSOCK(mode)

    def is_block_device(self):
        mode = self._mode()
        return mode is not None and stat.S_ISBLK(mode)

    def is_char_device(self):
        mode = self._mode()
        return mode is not None and stat.S_ISCHR(mode)

    def is_mount(self):
        """Whether this path is a mount point: another device than its parent's, or the root."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def readlink(self):
        """The path this symbolic link points to."""
        return self._from_parts((os.readlink(self),))

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to the same file as target."""
        os.link(target, self)

    def expanduser(self):
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A Path for POSIX systems."""
    __slots__ = ()


# glob: a pattern's parts, matched one folder level at a time as CPython's selectors do.

def _check_pattern(pattern_parts):
    for pat in pattern_parts:
        if not pat:
            return
        if pat != '**' and '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")


def _select(path, pattern_parts):
    if not path.is_dir():
        return iter([])
    return _select_from(path, pattern_parts)


def _select_from(parent, pattern_parts):
    if not pattern_parts or not pattern_parts[0]:
        yield parent
        return
    pat = pattern_parts[0]
    rest = pattern_parts[1:]
    if pat == '**':
        yielded = set()
        for start in _iterate_directories(parent):
            for p in _select_from(start, rest):
                if p not in yielded:
                    yield p
                    yielded.add(p)
        return
    if not _is_wildcard_pattern(pat):
        path = parent._make_child_relpath(pat)
        if path.is_dir() if rest else path.exists():
            for p in _select_from(path, rest):
                yield p
        return
    for name in _matching_names(parent, pat, bool(rest)):
        for p in _select_from(parent._make_child_relpath(name), rest):
            yield p


def _scandir(parent):
    try:
        return list(os.scandir(parent))
    except PermissionError:
        return []


def _matching_names(parent, pat, dironly):
    names = []
    for entry in _scandir(parent):
        if dironly:
            try:
                if not entry.is_dir():
                    continue
            except OSError as e:
                if not _ignore_error(e):
                    raise
                continue
        if fnmatch.fnmatchcase(entry.name, pat):
            names.append(entry.name)
    return names


def _iterate_directories(parent):
    yield parent
    for entry in _scandir(parent):
        try:
            entry_is_dir = entry.is_dir() and not entry.is_symlink()
        except OSError as e:
            if not _ignore_error(e):
                raise
            entry_is_dir = False
        if entry_is_dir:
            for p in _iterate_directories(parent._make_child_relpath(entry.name)):
                yield p
