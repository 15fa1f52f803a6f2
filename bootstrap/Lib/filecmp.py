"""Compare files and directories: cmp() for two files, cmpfiles() for names common to two folders,
and dircmp, the lazily computed comparison of two folders (and their common subfolders).
Written from the documented behaviour of CPython's filecmp."""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# Outcomes of full comparisons, keyed by both names and both stat signatures (so a changed file is
# compared again).
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Forget the outcomes cmp() remembered."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether the files f1 and f2 are equal. With shallow, equal stat signatures (type, size and
    modification time) are enough; otherwise the contents are compared. Only regular files can be
    equal."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_contents(f1, f2)
        if len(_cache) > _CACHE_LIMIT:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            block = a.read(BUFSIZE)
            if block != b.read(BUFSIZE):
                return False
            if not block:
                return True


def _without(names, skip):
    return list(filterfalse(skip.__contains__, names))


class dircmp:
    """Compare the folders a and b, leaving out the names in ignore (default DEFAULT_IGNORES) and
    hide (default os.curdir and os.pardir). Its attributes are computed when first read:

    left_list, right_list: the folders' names, filtered and sorted
    common, left_only, right_only: names in both, only in a, only in b
    common_dirs, common_files, common_funny: common names that are folders in both, files in both,
        or of different or unreadable kinds
    same_files, diff_files, funny_files: common files equal, different, or not comparable
    subdirs: a dircmp for each of common_dirs
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        # The listings.
        self.left_list = sorted(_without(os.listdir(self.left), self.hide + self.ignore))
        self.right_list = sorted(_without(os.listdir(self.right), self.hide + self.ignore))

    def phase1(self):
        # Names matched through os.path.normcase; each side keeps its own spelling.
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [left[key] for key in left if key in right]
        self.left_only = [left[key] for key in left if key not in right]
        self.right_only = [right[key] for key in right if key not in left]

    def phase2(self):
        # The common names by kind.
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                left_kind = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                right_kind = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if left_kind != right_kind:
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_kind):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        # The common files, compared shallowly.
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        # A comparison of the same class for each common folder.
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    # Which phase computes each attribute.
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    def report(self):
        """Print the differences between a and b."""
        print('diff', self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            self.right_only.sort()
            print('Only in', self.right, ':', self.right_only)
        if self.same_files:
            self.same_files.sort()
            print('Identical files :', self.same_files)
        if self.diff_files:
            self.diff_files.sort()
            print('Differing files :', self.diff_files)
        if self.funny_files:
            self.funny_files.sort()
            print('Trouble with common files :', self.funny_files)
        if self.common_dirs:
            self.common_dirs.sort()
            print('Common subdirectories :', self.common_dirs)
        if self.common_funny:
            self.common_funny.sort()
            print('Common funny cases :', self.common_funny)

    def report_partial_closure(self):
        """report(), then report() for each immediate common subfolder."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report(), then the same for every common subfolder, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in folders a and b: (equal, different, not comparable)."""
    outcome = ([], [], [])
    for name in common:
        try:
            index = 0 if cmp(os.path.join(a, name), os.path.join(b, name), shallow) else 1
        except OSError:
            index = 2
        outcome[index].append(name)
    return outcome
