"""Constants and tests for the st_mode of os.stat() results (POSIX values), and filemode().

Written for PyPack from the documented behaviour of CPython 3.11's stat, whose functions come
from its C module _stat: they take an int in C's mode_t range and raise its errors otherwise.
"""

# Indexes into the 10-tuple an os.stat() result is.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File types: the bits S_IFMT() keeps.
S_IFIFO = 0o010000
S_IFCHR = 0o020000
S_IFDIR = 0o040000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts do not exist on Linux.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

# Set-id, sticky and permission bits: the ones S_IMODE() keeps.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_ENFMT = S_ISGID
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
# The old Unix V7 names of the owner's bits.
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD file flags (st_flags, chflags()).
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# Windows file attributes (st_file_attributes); CPython defines them on every system.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000

_TYPE_BITS = 0o170000
_MODE_BITS = 0o7777


def _mode(mode):
    """mode as C's mode_t: an int from 0 to 2**32-1, with _stat's errors otherwise."""
    if not isinstance(mode, int):
        raise TypeError('an integer is required')
    if 0 <= mode <= 0xFFFFFFFF:
        return mode
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFFFFFFFFFF:
        raise OverflowError('Python int too large to convert to C unsigned long')
    raise OverflowError('mode out of range')


def S_IMODE(mode):
    """The permission, set-id and sticky bits of mode (what os.chmod() sets)."""
    return _mode(mode) & _MODE_BITS


def S_IFMT(mode):
    """The file type bits of mode."""
    return _mode(mode) & _TYPE_BITS


def S_ISDIR(mode):
    return _mode(mode) & _TYPE_BITS == S_IFDIR


def S_ISREG(mode):
    return _mode(mode) & _TYPE_BITS == S_IFREG


def S_ISLNK(mode):
    return _mode(mode) & _TYPE_BITS == S_IFLNK


def S_ISCHR(mode):
    return _mode(mode) & _TYPE_BITS == S_IFCHR


def S_ISBLK(mode):
    return _mode(mode) & _TYPE_BITS == S_IFBLK


def S_ISFIFO(mode):
    return _mode(mode) & _TYPE_BITS == S_IFIFO


def S_ISSOCK(mode):
    return _mode(mode) & _TYPE_BITS == S_IFSOCK


def S_ISDOOR(mode):
    _mode(mode)
    return False


def S_ISPORT(mode):
    _mode(mode)
    return False


def S_ISWHT(mode):
    _mode(mode)
    return False


# The letter ls -l shows for each file type; an unknown type shows as '?'.
_TYPE_LETTERS = {S_IFREG: '-', S_IFDIR: 'd', S_IFLNK: 'l', S_IFCHR: 'c', S_IFBLK: 'b',
                 S_IFIFO: 'p', S_IFSOCK: 's'}

# Per class of user (owner, group, others): its read, write and execute bits, and the special
# bit shown in the execute place (lower case when execute is also set, upper case when not).
_TRIADS = ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's'),
           (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's'),
           (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't'))


def filemode(mode):
    """mode as ls -l shows it, e.g. '-rwxr-xr-x' or 'drwxrwxrwt'."""
    mode = _mode(mode)
    shown = [_TYPE_LETTERS.get(mode & _TYPE_BITS, '?')]
    for read, write, execute, special, letter in _TRIADS:
        shown.append('r' if mode & read else '-')
        shown.append('w' if mode & write else '-')
        if mode & special:
            shown.append(letter if mode & execute else letter.upper())
        else:
            shown.append('x' if mode & execute else '-')
    return ''.join(shown)
