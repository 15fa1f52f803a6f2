"""High-level file operations for PyPack (POSIX): copying files and trees, removing trees,
moving, which(), disk usage, the terminal size, and zip/tar archives.

Written from the documented behaviour of CPython 3.11's shutil: same arguments, results, errors
and messages. Archives use PyPack's native zipfile and tarfile, imported only when needed.
"""

import collections
import fnmatch
import os
import stat
import sys

__all__ = [
    # files and trees
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
    "rmtree", "ignore_patterns", "chown",
    # errors
    "Error", "SpecialFileError", "ExecError", "SameFileError",
    # archives
    "make_archive", "get_archive_formats", "register_archive_format",
    "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
    "unregister_unpack_format", "unpack_archive",
    # the system
    "which", "get_terminal_size", "disk_usage",
]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """A copy was asked from one file onto itself."""


class SpecialFileError(OSError):
    """A special file (a named pipe) was given where a regular file is needed."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive is not in the format it should be in."""


class RegistryError(Exception):
    """The archive or unpack format registries refuse a change."""


# ------------------------------------------------------------------------------- single files

def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of the file object fsrc into fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    chunk = read(size)
    while chunk:
        write(chunk)
        chunk = read(size)


def _same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        # One of them does not exist (or cannot be read): not the same.
        return False


def _refuse_pipes(*paths):
    for path in paths:
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % path)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (replacing it); return dst."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_pipes(src, dst)
    if not follow_symlinks and os.path.islink(src):
        link_text = os.readlink(src)
        os.symlink(link_text, dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as exc:
            # 'folder/file' whose folder is missing reads better than "Is a directory".
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from exc
        with writer:
            copyfileobj(reader, writer)
    return dst


def _both_links(src, dst):
    return os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if not follow_symlinks and _both_links(src, dst):
        # Linux cannot change a link's own mode (no lchmod): nothing to do.
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits, access and modification times of src."""
    on_links = not follow_symlinks and _both_links(src, dst)
    info = os.stat(src, follow_symlinks=not on_links)
    times = (info.st_atime_ns, info.st_mtime_ns)
    if on_links:
        # A link's own times can be set (utimensat); its mode cannot.
        os.utime(dst, ns=times, follow_symlinks=False)
        return
    os.utime(dst, ns=times)
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _target_in(dst, src):
    # A directory as destination means "a file of the same name inside it".
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy contents and permission bits ("cp src dst"); return the file written."""
    target = _target_in(dst, src)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Copy contents, permission bits and times ("cp -p src dst"); return the file written."""
    target = _target_in(dst, src)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ------------------------------------------------------------------------------- trees

def ignore_patterns(*patterns):
    """An ignore= callable for copytree that leaves out names matching any glob pattern."""
    def ignored(directory, names):
        found = set()
        for pattern in patterns:
            found.update(fnmatch.filter(names, pattern))
        return found
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory src to dst recursively; return dst. Failures on single entries are
    collected and raised together as Error([(src, dst, reason), ...]) at the end."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = ignore(os.fspath(src), [entry.name for entry in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)

    def subtree(source, target):
        return copytree(source, target, symlinks, ignore, copy_function,
                        ignore_dangling_symlinks, dirs_exist_ok)

    failures = []
    for entry in entries:
        if entry.name in skip:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                points_to = os.readlink(source)
                if symlinks:
                    os.symlink(points_to, target)
                    copystat(source, target, follow_symlinks=False)
                    continue
                # CPython tests the link text against the current folder, not the link's own.
                if ignore_dangling_symlinks and not os.path.exists(points_to):
                    continue
            if entry.is_dir():
                subtree(source, target)
            else:
                copy_function(source, target)
        except Error as nested:
            failures.extend(nested.args[0])
        except OSError as exc:
            failures.append((source, target, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        failures.append((src, dst, str(exc)))
    if failures:
        raise Error(failures)
    return dst


def _raise_it(function, path, exc_info):
    raise exc_info[1]


def _report(onerror, function, path):
    # Called inside an except block: sys.exc_info() is the failure being handled.
    onerror(function, path, sys.exc_info())


def _ignore_it(function, path, exc_info):
    pass


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path. A failure is given to onerror(function, path,
    exc_info) when set, skipped with ignore_errors, raised otherwise."""
    if dir_fd is not None:
        raise NotImplementedError("PyPack does not support rmtree's dir_fd yet")
    if ignore_errors:
        onerror = _ignore_it
    elif onerror is None:
        onerror = _raise_it
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        _report(onerror, os.lstat, path)
        return
    if stat.S_ISLNK(mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            _report(onerror, os.path.islink, path)
        return
    _empty_directory(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        _report(onerror, os.rmdir, path)


# The removal goes by path names, so a folder swapped for a link meanwhile is not guarded against.
rmtree.avoids_symlink_attacks = False


def _empty_directory(path, onerror):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError as exc:
        exc.filename = path
        _report(onerror, os.scandir, path)
        return
    for entry in entries:
        full = os.path.join(path, entry.name)
        try:
            subdirectory = entry.is_dir(follow_symlinks=False)
        except OSError:
            subdirectory = False
        if subdirectory:
            _empty_directory(full, onerror)
            remove = os.rmdir
        else:
            remove = os.unlink
        try:
            remove(full)
        except OSError:
            _report(onerror, remove, full)


def _inside(dst, src):
    """Whether dst is src or lies under it."""
    prefix = os.path.join(os.path.abspath(src), '')
    return os.path.join(os.path.abspath(dst), '').startswith(prefix)


def move(src, dst, copy_function=copy2):
    """Move a file or directory ("mv src dst"): a rename when possible, else a copy and a
    delete. Return the final path."""
    final = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # The same directory under another spelling (case-insensitive systems): rename.
            os.rename(src, dst)
            return None
        name = os.path.basename(os.fspath(src).rstrip(os.sep))
        final = os.path.join(dst, name)
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    # Renaming failed (another file system, or a directory into itself).
    if os.path.islink(src):
        os.symlink(os.readlink(src), final)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(dst, src):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


# ------------------------------------------------------------------------------- system queries

def _usable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd as a shell would find it in PATH (or path), or None."""
    if os.path.dirname(cmd):
        # A name with a folder part is checked as given, not searched for.
        return cmd if _usable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            path = os.defpath
    # PATH='' finds nothing, whereas ':' searches the current folder.
    if not path:
        return None
    path = os.fspath(path)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    folders = path.split(os.pathsep)
    if isinstance(cmd, bytes):
        folders = [os.fsencode(folder) for folder in folders]
    tried = set()
    for folder in folders:
        if folder in tried:
            continue
        tried.add(folder)
        candidate = os.path.join(folder, cmd)
        if _usable(candidate, mode):
            return candidate
    return None


_DiskUsage = collections.namedtuple('usage', 'total used free')


def _lookup_id(value, lookup, what):
    # A name is looked up in the password or group database; a number is used as it is.
    if not isinstance(value, str):
        return value
    try:
        return lookup(value)[2]
    except KeyError:
        raise LookupError("no such %s: %r" % (what, value)) from None


def chown(path, user=None, group=None):
    """Changes the owner user and/or group of path (names or numeric ids)."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    import grp
    import pwd
    uid = -1 if user is None else _lookup_id(user, pwd.getpwnam, 'user')
    gid = -1 if group is None else _lookup_id(group, grp.getgrnam, 'group')
    os.chown(path, uid, gid)


def disk_usage(path):
    """Total, used and free bytes of the file system holding path, as a named tuple."""
    fs = os.statvfs(path)
    block = fs.f_frsize
    return _DiskUsage(fs.f_blocks * block, (fs.f_blocks - fs.f_bfree) * block,
                             fs.f_bavail * block)


def _env_size(name):
    # Looked up, not caught: unset is the usual case, and a raised exception costs far more than
    # in CPython.
    text = os.environ.get(name)
    if text is None:
        return 0
    try:
        return int(text)
    except ValueError:
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): COLUMNS and LINES when set to positive numbers, else
    what the terminal of sys.__stdout__ reports, else fallback."""
    columns = _env_size('COLUMNS')
    lines = _env_size('LINES')
    if min(columns, lines) <= 0:
        try:
            fd = sys.__stdout__.fileno()
            # A descriptor that is no terminal would raise ENOTTY: asked first, as above.
            measured = os.get_terminal_size(fd) if os.isatty(fd) else None
        except (OSError, ValueError, AttributeError):
            measured = None
        if measured is None:
            # No terminal (or no stdout at all).
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    size = (columns, lines)
    return os.terminal_size(size)


# ------------------------------------------------------------------------------- making archives

def _make_parent(archive, logger, dry_run):
    folder = os.path.dirname(archive)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)


_TAR_SUFFIXES = {None: '', 'gzip': 'gz', 'bzip2': 'bz2'}


def _make_tarball(base_name, base_dir, *, compress='gzip', dry_run=0, logger=None,
                  root_dir=None, owner=None, group=None, **unused):
    if compress not in _TAR_SUFFIXES:
        # xz needs lzma, which PyPack does not have.
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    suffix = _TAR_SUFFIXES[compress]
    archive = base_name + '.tar' + ('.' + suffix if suffix else '')
    # Only the folder's existence matters here; the archive path is returned as given.
    _make_parent(archive, logger, dry_run)
    if logger is not None:
        logger.info('Creating tar archive')
    if owner is not None or group is not None:
        raise NotImplementedError("PyPack does not support make_archive's owner and group yet")
    if not dry_run:
        import tarfile  # pypack: when-read make_archive _make_tarball
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        # CPython streams with 'w|gz'; PyPack's tarfile writes the same members with 'w:gz'.
        with tarfile.open(archive, 'w:' + suffix) as tar:
            tar.add(source, base_dir)
    return archive if root_dir is None else os.path.abspath(archive)


_make_tarball.supports_root_dir = True


def _zip_members(base_dir, root_dir):
    """(path on disk, name in the archive) for base_dir (unless '.') and all it holds:
    subfolders sorted before each folder's files."""
    top_name = os.path.normpath(base_dir)
    top = os.path.normpath(base_dir if root_dir is None else os.path.join(root_dir, base_dir))
    if top_name != os.curdir:
        yield top, top_name
    for folder, subfolders, files in os.walk(top):
        in_archive = folder if root_dir is None else os.path.relpath(folder, root_dir)
        in_archive = os.path.normpath(in_archive)
        for name in sorted(subfolders):
            yield os.path.join(folder, name), os.path.join(in_archive, name)
        for name in files:
            on_disk = os.path.normpath(os.path.join(folder, name))
            if os.path.isfile(on_disk):
                yield on_disk, os.path.join(in_archive, name)


def _make_zipfile(base_name, base_dir, *, dry_run=0, logger=None, root_dir=None, **unused):
    # A zip file records no owner: owner and group are ignored.
    archive = base_name + '.zip'
    _make_parent(base_name, logger, dry_run)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", archive, base_dir)
    if not dry_run:
        import zipfile  # pypack: when-read make_archive _make_zipfile
        with zipfile.ZipFile(archive, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
            for on_disk, name in _zip_members(base_dir, root_dir):
                zf.write(on_disk, name)
                if logger is not None:
                    logger.info("adding '%s'", on_disk)
    return archive if root_dir is None else os.path.abspath(archive)


_make_zipfile.supports_root_dir = True

# name -> (function, extra keyword arguments as (name, value) pairs, description)
_archivers = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'bztar': (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """Sorted (name, description) pairs of the formats make_archive knows."""
    return sorted((name, entry[2]) for name, entry in _archivers.items())


def _check_extra_args(extra_args):
    if not isinstance(extra_args, (list, tuple)):
        raise TypeError('extra_args needs to be a sequence')
    for pair in extra_args:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2):
            raise TypeError('extra_args elements are : (arg_name, value)')


def register_archive_format(name, function, extra_args=None, description=''):
    """Let make_archive make format name by calling function(base_name, base_dir, **kwargs)."""
    extra = [] if extra_args is None else extra_args
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    _check_extra_args(extra)
    _archivers[name] = (function, extra, description)


def unregister_archive_format(name):
    del _archivers[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Archive base_dir (relative to root_dir) as base_name plus the format's extension;
    return the archive's name."""
    if format not in _archivers:
        raise ValueError("unknown archive format '%s'" % format)
    function, extra, _ = _archivers[format]
    options = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    options.update(extra)
    if base_dir is None:
        base_dir = os.curdir
    if root_dir is None:
        return function(base_name, base_dir, **options)

    if not stat.S_ISDIR(os.stat(root_dir).st_mode):
        raise NotADirectoryError(20, 'Not a directory', root_dir)
    if getattr(function, 'supports_root_dir', False):
        options['root_dir'] = root_dir
        return function(os.fspath(base_name), base_dir, **options)
    # Other archivers run inside root_dir, the archive named from where the call was made.
    here = os.getcwd()
    if logger is not None:
        logger.debug("changing into '%s'", root_dir)
    absolute_name = os.path.abspath(base_name)
    if not dry_run:
        os.chdir(root_dir)
    try:
        return function(absolute_name, base_dir, **options)
    finally:
        if logger is not None:
            logger.debug("changing back to '%s'", here)
        os.chdir(here)


# ------------------------------------------------------------------------------- unpacking

def _unpack_zipfile(filename, extract_dir):
    import zipfile  # pypack: when-read unpack_archive _unpack_zipfile
    is_zip = zipfile.is_zipfile(filename)
    if not is_zip:
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for member in archive.infolist():
            name = member.filename
            # Members that would land outside extract_dir are left out.
            if '..' in name or name.startswith('/'):
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            folder = os.path.dirname(target)
            if not os.path.isdir(folder):
                os.makedirs(folder)
            if name.endswith('/'):
                continue
            with archive.open(name, 'r') as reader, open(target, 'wb') as writer:
                copyfileobj(reader, writer)


def _unpack_tarfile(archive_path, target, *, filter=None):
    import tarfile  # pypack: when-read unpack_archive _unpack_tarfile
    try:
        archive = tarfile.open(archive_path)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % archive_path)
    with archive:
        archive.extractall(target, filter=filter)


# name -> (file name extensions, function, extra keyword arguments, description)
_unpackers = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
    'bztar': (['.tar.bz2', '.tbz2'], _unpack_tarfile, [], "bzip2'ed tar-file"),
}


def get_unpack_formats():
    """Sorted (name, extensions, description) triples of the formats unpack_archive knows."""
    return sorted((name, entry[0], entry[3]) for name, entry in _unpackers.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Let unpack_archive unpack files ending in one of extensions with
    function(filename, extract_dir, **kwargs)."""
    owners = {}
    for owner, entry in _unpackers.items():
        for extension in entry[0]:
            owners[extension] = owner
    for ext in extensions:
        if ext in owners:
            raise RegistryError('%s is already registered for "%s"' % (ext, owners[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _unpackers[name] = (extensions, function, [] if extra_args is None else extra_args,
                             description)


def unregister_unpack_format(name):
    del _unpackers[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive into extract_dir (the current folder by default); the format is
    found from the file name's extension unless given."""
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)  # a str or bytes path, for endswith
    if format is None:
        for name, entry in _unpackers.items():
            if any(filename.endswith(extension) for extension in entry[0]):
                format = name
                break
        else:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _unpackers:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, function, extra, _ = _unpackers[format]
    options = dict(extra)
    if filter is not None:
        options['filter'] = filter
    function(filename, extract_dir, **options)
