"""pathlib for PyPack: pure paths in POSIX and Windows syntax, and concrete POSIX paths.

Written from the documented behaviour of CPython 3.11's pathlib. A path is held as its drive,
its root and a tuple of names (the anchor not included); everything else is derived from those.
"""

import fnmatch
import os
import stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


# --- the two syntaxes ------------------------------------------------------------------------

class _PosixSyntax:
    sep = '/'
    has_drives = False

    @staticmethod
    def normalize(text):
        return text

    @staticmethod
    def anchor_of(text):
        """(drive, root, rest) of one path string."""
        if text[:1] != '/':
            return '', '', text
        rest = text.lstrip('/')
        # POSIX lets an implementation give exactly two leading slashes a meaning of its own.
        return '', ('//' if len(text) - len(rest) == 2 else '/'), rest

    @staticmethod
    def fold(text):
        return text

    @staticmethod
    def reserved(path):
        return False

    @staticmethod
    def uri(path):
        return 'file://' + _percent_encode(str(path))


class _WindowsSyntax:
    sep = '\\'
    has_drives = True
    _long_prefix = '\\\\?\\'
    _device_names = frozenset(
        ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
        + ['COM%s' % c for c in '123456789\xb9\xb2\xb3']
        + ['LPT%s' % c for c in '123456789\xb9\xb2\xb3'])

    @staticmethod
    def normalize(text):
        return text.replace('/', '\\')

    @classmethod
    def anchor_of(cls, text):
        text = text.replace('/', '\\')
        prefix = ''
        if text.startswith(cls._long_prefix):
            text = text[4:]
            if text[:4].upper() == 'UNC\\':
                share = _unc_share(text[4:])
                if share:
                    return cls._long_prefix + text[:4] + share[0], '\\', share[1]
                return cls._long_prefix + text[:3], '\\', text[4:]
            prefix = cls._long_prefix
        if text[:2] == '\\\\' and text[2:3] != '\\':
            share = _unc_share(text[2:])
            if share:
                return prefix + '\\\\' + share[0], '\\', share[1]
        drive = ''
        if text[1:2] == ':' and text[:1].isascii() and text[:1].isalpha():
            drive, text = text[:2], text[2:]
        if text[:1] == '\\':
            return prefix + drive, '\\', text.lstrip('\\')
        return prefix + drive, '', text

    @staticmethod
    def fold(text):
        return text.lower()

    @classmethod
    def reserved(cls, path):
        if not path._names or path._drive.startswith('\\\\'):
            return False
        base = path._names[-1].partition('.')[0].rstrip(' ')
        return base.upper() in cls._device_names

    @staticmethod
    def uri(path):
        drive = path._drive
        if drive[1:] == ':':
            return 'file:///' + drive + _percent_encode(path.as_posix()[2:])
        return 'file:' + _percent_encode(path.as_posix())


def _unc_share(body):
    """For the text after '\\\\': (server\\share, rest) if it names a share, else None."""
    cut = body.find('\\')
    if cut < 0:
        return None
    end = body.find('\\', cut + 1)
    if end == cut + 1:
        return None
    if end < 0:
        return body, ''
    return body[:end], body[end + 1:]


_URI_KEEP = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _percent_encode(text):
    return ''.join(chr(b) if b in _URI_KEEP else '%%%02X' % b
                   for b in text.encode('utf-8', 'surrogateescape'))


def _names_of(syntax, rest):
    return [n for n in syntax.normalize(rest).split(syntax.sep) if n and n != '.']


def _argument_text(arg):
    value = os.fspath(arg)
    if not isinstance(value, str):
        raise TypeError("argument should be a str object or an os.PathLike object "
                        "returning str, not %r" % (type(value),))
    return value


def _parse(syntax, args):
    """(drive, root, names) of the path the strings in args make when joined.

    Read right to left: a root ends the search on POSIX; on Windows a rooted part still takes
    its drive from the nearest part to the left that has one.
    """
    if len(args) == 1 and syntax is _PosixSyntax:
        text = args[0]
        if type(text) is str:
            # One exact str in POSIX syntax (path / 'name', match('*.py')): what the general way
            # below gives for it, without its lists.
            if text[:1] == '/':
                rest = text.lstrip('/')
                root = '//' if len(text) - len(rest) == 2 else '/'
            else:
                rest = text
                root = ''
            if '/' not in rest:
                return '', root, ((rest,) if rest and rest != '.' else ())
            return '', root, tuple([n for n in rest.split('/') if n and n != '.'])
        if isinstance(text, PurePath) and text._syntax is _PosixSyntax:
            # One POSIX path (p.relative_to(base), Path(p), p / q): its own parts parse back to
            # themselves, as CPython reads a path argument's parts, not its text or .parts.
            return text._drive, text._root, text._names
    texts = []
    for arg in args:
        if isinstance(arg, PurePath):
            texts.extend(arg.parts)
        else:
            texts.append(_argument_text(arg))
    drive = root = ''
    pieces = []
    for text in reversed(texts):
        if not text:
            continue
        d, r, rest = syntax.anchor_of(text)
        if not root:
            pieces.append(_names_of(syntax, rest))
            root = r
        if d:
            drive = d
            break
        if root and not syntax.has_drives:
            break
    names = []
    for group in reversed(pieces):
        names.extend(group)
    return drive, root, tuple(names)


# --- pure paths ------------------------------------------------------------------------------

class _Parents:
    """path.parents: the ancestors of a path, nearest first, as an immutable sequence."""

    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, index):
        count = len(self)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(count)))
        if index >= count or index < -count:
            raise IndexError(index)
        if index < 0:
            index += count
        p = self._path
        return p._derive(p._drive, p._root, p._names[:count - index - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePath:
    """A path that never touches the file system."""

    __slots__ = ('_drive', '_root', '_names', '_text', '_key')
    _syntax = None

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath  # PyPack runs on POSIX systems only
        return cls._build(args)

    @classmethod
    def _build(cls, args):
        drive, root, names = _parse(cls._syntax, args)
        return cls._make(drive, root, names)

    @classmethod
    def _make(cls, drive, root, names):
        path = object.__new__(cls)
        path._drive = drive
        path._root = root
        path._names = tuple(names)
        path._text = None
        path._key = None
        return path

    def _derive(self, drive, root, names):
        return type(self)._make(drive, root, names)

    def __reduce__(self):
        return type(self), self.parts

    # text forms

    def _joined(self, sep):
        return self._drive + self._root + sep.join(self._names)

    def __str__(self):
        if self._text is None:
            self._text = self._joined(self._syntax.sep) or '.'
        return self._text

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def as_posix(self):
        return str(self).replace(self._syntax.sep, '/')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._syntax.uri(self)

    # comparison: by the parts, case-folded on Windows; never across syntaxes

    def _sort_key(self):
        if self._key is None:
            self._key = tuple(self._syntax.fold(part) for part in self.parts)
        return self._key

    def _comparable(self, other):
        return isinstance(other, PurePath) and other._syntax is self._syntax

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._sort_key() == other._sort_key()

    def __hash__(self):
        return hash(self._sort_key())

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    # components

    @property
    def drive(self):
        return self._drive

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drive + self._root

    @property
    def parts(self):
        anchor = self._drive + self._root
        return ((anchor,) + self._names) if anchor else self._names

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        # A leading dot (a hidden file) or a trailing one does not start a suffix.
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + piece for piece in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._derive(self._drive, self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    # derived paths

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        syntax = self._syntax
        if not name or syntax.normalize(name)[-1] == syntax.sep:
            raise ValueError('Invalid name %r' % (name,))
        drive, root, names = _parse(syntax, (name,))
        if drive or root or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._derive(self._drive, self._root, self._names[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or self._syntax.sep in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix == '.' or (suffix and suffix[0] != '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._derive(self._drive, self._root, self._names[:-1] + (base + suffix,))

    def _join(self, args):
        syntax = self._syntax
        drive, root, names = _parse(syntax, args)
        if root:
            return self._derive(drive or self._drive, root, names)
        if drive and syntax.fold(drive) != syntax.fold(self._drive):
            return self._derive(drive, root, names)
        return self._derive(self._drive, self._root, self._names + names)

    def joinpath(self, *args):
        return self._join(args)

    def __truediv__(self, key):
        try:
            return self._join((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._build((key,) + self.parts)
        except TypeError:
            return NotImplemented

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        syntax = self._syntax
        drive, root, names = _parse(syntax, other)
        fold = syntax.fold
        keep_root = ''
        if drive or root:
            matches = fold(drive) == fold(self._drive)
            if root != self._root:
                # 'c:' against 'c:\\x': what is left keeps its root.
                matches = matches and not root and not names
                keep_root = self._root
        else:
            matches = not (self._drive or self._root)
        count = len(names)
        if matches:
            if syntax is _PosixSyntax:
                matches = self._names[:count] == names  # fold is the identity
            else:
                matches = [fold(n) for n in self._names[:count]] == [fold(n) for n in names]
        if not matches:
            shown = drive + root + syntax.sep.join(names)
            raise ValueError('%r is not in the subpath of %r OR one path is relative and the '
                             'other is absolute.' % (str(self), shown))
        return self._derive('', keep_root, self._names[count:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    # predicates

    def is_absolute(self):
        if self._syntax.has_drives:
            return bool(self._drive and self._root)
        return bool(self._root)

    def is_reserved(self):
        return self._syntax.reserved(self)

    def match(self, path_pattern):
        syntax = self._syntax
        fold = syntax.fold
        drive, root, names = _parse(syntax, (path_pattern,))
        if not (drive or root or names):
            raise ValueError('empty pattern')
        if drive and fold(drive) != fold(self._drive):
            return False
        if root and root != self._root:
            return False
        mine = self.parts
        if drive or root:
            if len(names) + 1 != len(mine):
                return False
        elif len(names) > len(mine):
            return False
        # Compare from the right: a relative pattern matches the tail of the path.
        for part, pat in zip(reversed(mine), reversed(names)):
            if not fnmatch.fnmatchcase(fold(part), fold(pat)):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path in POSIX syntax."""
    __slots__ = ()
    _syntax = _PosixSyntax


class PureWindowsPath(PurePath):
    """A pure path in Windows syntax (drives, UNC shares, backslashes, no case)."""
    __slots__ = ()
    _syntax = _WindowsSyntax


# --- concrete paths --------------------------------------------------------------------------

# errno values that make exists()/is_*() say False instead of raising: ENOENT, ENOTDIR, EBADF, ELOOP.
_ABSENT_ERRNOS = frozenset([2, 20, 9, 40])


def _report_loop(error):
    if error.errno == 40:
        raise RuntimeError('Symlink loop from %r' % error.filename)


class Path(PurePath):
    """A path with file-system operations. Path() makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls._syntax is not _PosixSyntax:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return cls._build(args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), *self._names)

    def resolve(self, strict=False):
        try:
            resolved = type(self)(os.path.realpath(self, strict=strict))
        except OSError as e:
            _report_loop(e)
            raise
        # realpath stops quietly at a symlink loop unless strict; pathlib reports it anyway.
        try:
            resolved.stat()
        except OSError as e:
            _report_loop(e)
            if strict:
                raise
        return resolved

    def expanduser(self):
        first = self._names[0] if self._names else ''
        if self._drive or self._root or not first.startswith('~'):
            return self
        home = os.path.expanduser(first)
        if home.startswith('~'):
            raise RuntimeError('Could not determine home directory.')
        return type(self)(home, *self._names[1:])

    # information

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.stat(self, follow_symlinks=False)

    def _mode_or_none(self, follow_symlinks=True):
        try:
            return os.stat(self, follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if getattr(e, 'errno', None) in _ABSENT_ERRNOS:
                return None
            raise
        except ValueError:
            # An embedded NUL: no such file can exist.
            return None

    def exists(self):
        return self._mode_or_none() is not None

    def _has_type(self, test, follow_symlinks=True):
        mode = self._mode_or_none(follow_symlinks)
        return mode is not None and test(mode)

    def is_dir(self):
        return self._has_type(stat.S_ISDIR)

    def is_file(self):
        return self._has_type(stat.S_ISREG)

    def is_symlink(self):
        return self._has_type(stat.S_ISLNK, False)

    def is_fifo(self):
        return self._has_type(stat.S_ISFIFO)

    def is_socket(self):
        return self._has_type(stat.S_ISSOCK)

    def is_block_device(self):
        return self._has_type(stat.S_ISBLK)

    def is_char_device(self):
        return self._has_type(stat.S_ISCHR)

    def is_mount(self):
        if not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        # A mount point sits on another device than its parent, or is its own parent (the root).
        return here.st_dev != above.st_dev or here.st_ino == above.st_ino

    def samefile(self, other_path):
        if not isinstance(other_path, Path):
            other_path = type(self)(other_path)
        mine, theirs = self.stat(), other_path.stat()
        return (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino)

    # contents

    def iterdir(self):
        for entry in os.listdir(self):
            yield self._derive(self._drive, self._root, self._names + (entry,))

    def glob(self, pattern):
        return _glob(self, pattern, False)

    def rglob(self, pattern):
        return _glob(self, pattern, True)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode and encoding is None:
            encoding = 'utf-8'
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open('wb') as f:
            return f.write(bytes(data))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    # changes

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            # An existing file only gets new times (no write access needed for that).
            try:
                os.utime(self)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            if not parents or not self._names:
                raise
        except OSError:
            # Checked after the fact: the system may report EACCES or EROFS before EEXIST.
            if exist_ok and self.is_dir():
                return
            raise
        # The missing ancestors, outermost first, get the default mode (as documented).
        missing = []
        for ancestor in self.parents:
            if ancestor.exists():
                break
            missing.append(ancestor)
        for ancestor in reversed(missing):
            try:
                os.mkdir(ancestor)
            except OSError:
                if not ancestor.is_dir():
                    raise
        self.mkdir(mode, False, exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        os.chmod(self, mode, follow_symlinks=False)

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
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path: cannot be made on this system."""
    __slots__ = ()


# --- glob ------------------------------------------------------------------------------------
# The pattern is matched one directory level at a time. A literal name is looked up directly,
# a wildcard name is matched against the directory's entries, and '**' stands for the directory
# and every directory below it (symbolic links to directories are not entered).

def _glob(base, pattern, recursive):
    if not pattern and not recursive:
        raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
    drive, root, names = _parse(base._syntax, (pattern,))
    if drive or root:
        raise NotImplementedError('Non-relative patterns are unsupported')
    steps = list(names)
    if recursive:
        steps.insert(0, '**')
    for step in steps:
        if '**' in step and step != '**':
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
    dirs_only = pattern.endswith('/') or pattern.endswith(base._syntax.sep)
    if not base.is_dir():
        return
    if not steps:
        yield base
        return
    seen = set()
    for found in _walk_pattern(base, steps, 0, dirs_only):
        if '**' in steps:
            if found in seen:
                continue
            seen.add(found)
        yield found


def _child(path, name):
    return path._derive(path._drive, path._root, path._names + (name,))


def _entries(path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except PermissionError:
        return []


def _entry_is_dir(entry, follow_symlinks=True):
    try:
        if not follow_symlinks and entry.is_symlink():
            return False
        return entry.is_dir()
    except OSError as e:
        if getattr(e, 'errno', None) in _ABSENT_ERRNOS:
            return False
        raise


def _walk_pattern(path, steps, index, dirs_only):
    if index == len(steps):
        yield path
        return
    step = steps[index]
    last = index == len(steps) - 1
    need_dir = not last or dirs_only
    if step == '**':
        for folder in _tree(path):
            yield from _walk_pattern(folder, steps, index + 1, dirs_only)
        return
    if not ('*' in step or '?' in step or '[' in step):
        candidate = _child(path, step)
        if candidate.is_dir() if need_dir else candidate.exists():
            yield from _walk_pattern(candidate, steps, index + 1, dirs_only)
        return
    for entry in _entries(path):
        if need_dir and not _entry_is_dir(entry):
            continue
        if fnmatch.fnmatchcase(entry.name, step):
            yield from _walk_pattern(_child(path, entry.name), steps, index + 1, dirs_only)


def _tree(folder):
    """folder and every directory below it, parents first."""
    yield folder
    for entry in _entries(folder):
        if _entry_is_dir(entry, follow_symlinks=False):
            yield from _tree(_child(folder, entry.name))
