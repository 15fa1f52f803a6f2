"""The command line: argparse subcommands, logging to stderr, and the demonstration run."""
import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from . import artifacts
from . import config as configuration
from .git import GitError, Repository

log = logging.getLogger('releasetool')

SAMPLE_FILES = {
    'README.md': '# widget\n\nMakes widgets.\n',
    'LICENSE': 'MIT License\n\nCopyright (c) 2023 Widget Authors\n',
    'CHANGELOG.md': '# Changelog\n\n## Unreleased\n\n- First widget.\n',
    'src/widget/__init__.py': '"""Widgets."""\n\n__version__ = "1.0.0"\n',
    'src/widget/core.py': 'def make(n):\n    return ["widget"] * n\n',
    'src/widget/test_core.py': 'from widget.core import make\n\nassert make(2) == ["widget", "widget"]\n',
    'notes/todo.txt': 'not for release\n',
    '.gitignore': 'dist/\n',
    'release.toml': '''# How widget is released.
[project]
name = "widget"
version = "1.0.0"

[release]
include = ["README.md", "LICENSE", "CHANGELOG.md", "src/**/*.py", "release.toml"]
exclude = ["test_*.py"]
formats = ["zip", "gztar"]
tag_prefix = "v"

[release.changelog]
file = "CHANGELOG.md"
heading = "## Unreleased"
''',
}


def build_parser():
    parser = argparse.ArgumentParser(
        prog='releasetool',
        description='Cut a release of a project kept in git: bump, tag, archive, checksum.')
    parser.add_argument('--version', action='version', version=f'%(prog)s {__version__}')
    parser.add_argument('-v', '--verbose', action='count', default=0, help='more log output (repeatable)')
    sub = parser.add_subparsers(dest='command', metavar='COMMAND')

    p = sub.add_parser('init', help='make a sample project in a new git repository')
    p.add_argument('directory', type=Path)

    p = sub.add_parser('release', help='bump the version, tag, and build the archives')
    p.add_argument('directory', type=Path)
    p.add_argument('--version', dest='new_version', required=True, help='the new version, MAJOR.MINOR.PATCH')
    p.add_argument('--dry-run', action='store_true', help='show what would happen, change nothing')
    p.add_argument('--format', dest='formats', action='append', choices=configuration.FORMATS,
                   help='archive format (default: those of release.toml)')

    p = sub.add_parser('report', help='describe the last release')
    p.add_argument('directory', type=Path)

    p = sub.add_parser('verify', help='check the release files against SHA256SUMS')
    p.add_argument('directory', type=Path)
    return parser


def cmd_init(args):
    root = args.directory
    root.mkdir(parents=True, exist_ok=False)
    for name, text in SAMPLE_FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    repo = Repository(root)
    repo.init()
    commit = repo.commit_all('Initial import')
    log.info('initialised %s at %s', root.name, commit)
    print(f'init: {len(SAMPLE_FILES)} files, commit {commit}')
    return 0


def update_changelog(cfg, version):
    settings = cfg.changelog
    if not settings:
        return False
    path = cfg.root / settings.get('file', 'CHANGELOG.md')
    heading = settings.get('heading', '## Unreleased')
    text = path.read_text()
    if heading not in text:
        log.warning('%s has no %r heading; left as it is', path.name, heading)
        return False
    path.write_text(text.replace(heading, f'{heading}\n\n## {version}', 1))
    return True


def cmd_release(args):
    cfg = configuration.load(args.directory)
    old = configuration.parse_version(cfg.version)
    new = configuration.parse_version(args.new_version)
    if new <= old:
        raise configuration.ConfigError(f'new version {args.new_version} is not after {cfg.version}')
    repo = Repository(cfg.root)
    repo.commits = repo.count()
    if not repo.is_clean():
        dirty = ', '.join(repo.dirty_files())
        raise configuration.ConfigError(f'uncommitted changes: {dirty}')
    tag = f'{cfg.tag_prefix}{args.new_version}'
    if tag in repo.tags():
        raise configuration.ConfigError(f'tag {tag} exists already')
    formats = args.formats or cfg.formats
    print(f'release: {cfg.name} {cfg.version} -> {args.new_version} (tag {tag}, formats {", ".join(formats)})')
    if args.dry_run:
        files = cfg.files()
        print(f'dry run: would archive {len(files)} files:')
        for rel in files:
            print(f'  {rel}')
        return 0
    configuration.set_version(cfg.root, args.new_version)
    init = cfg.root / 'src' / cfg.name / '__init__.py'
    if init.exists():
        init.write_text(init.read_text().replace(f'"{cfg.version}"', f'"{args.new_version}"'))
    changed = update_changelog(cfg, args.new_version)
    commit = repo.commit_all(f'Release {args.new_version}')
    repo.tag(tag, f'{cfg.name} {args.new_version}')
    log.info('tagged %s at %s (changelog %s)', tag, commit, 'updated' if changed else 'unchanged')
    cfg = configuration.load(cfg.root)
    files = cfg.files()
    top = artifacts.stage(cfg, files)
    written = []
    if 'zip' in formats:
        written.append(artifacts.write_zip(top, files))
    if 'gztar' in formats:
        written.append(artifacts.write_tar(top, files))
    sums = artifacts.write_checksums(top, files)
    print(f'released {tag} at {commit}: {len(files)} files, {", ".join(p.name for p in written)}, {sums.name}')
    return 0


def cmd_report(args):
    cfg = configuration.load(args.directory)
    repo = Repository(cfg.root)
    print(f'report: {cfg!r}')
    print(f'  describe: {repo.describe()}, commits: {repo.count()}, tags: {repo.tags()}')
    for line in repo.log():
        print(f'  log: {line}')
    for path in sorted(cfg.dist.glob('*')):
        if path.suffix == '.zip':
            listing = artifacts.zip_listing(path)
            top = path.name[:-len('.zip')]
        elif path.name.endswith('.tar.gz'):
            listing = artifacts.tar_listing(path)
            top = path.name[:-len('.tar.gz')]
        else:
            continue
        total = sum(size for _, size in listing)
        print(f'  {path.name}: {len(listing)} files, {total} bytes')
        for name, size in listing:
            print(f'    {size:6d}  {name}')
        version_file = f'{top}/release.toml'
        text = artifacts.read_member(path, version_file).decode()
        print(f'    {version_file} says version {configuration.load_text_version(text)}')
    return 0


def cmd_verify(args):
    cfg = configuration.load(args.directory)
    sums = cfg.dist / 'SHA256SUMS'
    bad = 0
    for line in sums.read_text().splitlines():
        digest, name = line.split('  ', 1)
        actual = artifacts.sha256_of(cfg.dist / name)
        status = 'OK' if actual == digest else 'FAILED'
        if actual != digest:
            bad += 1
        print(f'{name}: {status} {digest[:16]}')
    if bad:
        log.error('%d of the release files changed', bad)
        return 1
    return 0


COMMANDS = {'init': cmd_init, 'release': cmd_release, 'report': cmd_report, 'verify': cmd_verify}


def configure_logging(verbosity):
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbosity, 2)]
    logging.basicConfig(format='%(levelname)s %(name)s: %(message)s', level=level, stream=sys.stderr, force=True)


def main(argv=None):
    parser = build_parser()
    if argv is None:
        argv = sys.argv[1:]
        if not argv:
            return demo()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    if args.command is None:
        parser.print_usage()
        return 2
    try:
        return COMMANDS[args.command](args)
    except (configuration.ConfigError, GitError) as e:
        log.error('%s', e)
        print(f'releasetool: error: {type(e).__name__}')
        return 1


def demo():
    """Every command once, in a temporary folder; the output does not depend on the folder or the clock."""
    base = Path(tempfile.mkdtemp(prefix='releasetool-'))
    # argparse wraps its messages to the terminal's width.
    os.environ['COLUMNS'] = '80'
    project = str(base / 'widget')
    steps = [
        ['init', project],
        ['-v', 'release', project, '--version', '1.1.0', '--dry-run'],
        ['release', project, '--version', '1.0.0'],
        ['-v', 'release', project, '--version', '1.1.0'],
        ['release', project, '--version', '1.2.0', '--format', 'zip'],
        ['release', project, '--version', '1.3.0', '--format', 'rar'],
        ['report', project],
        ['verify', project],
        ['release', str(base / 'missing'), '--version', '2.0.0'],
    ]
    codes = []
    for argv in steps:
        print(f'$ releasetool {" ".join(a.replace(str(base), "$TMP") for a in argv)}')
        sys.stdout.flush()
        try:
            codes.append(main(argv))
        except SystemExit as e:
            codes.append(e.code)
        sys.stderr.flush()
    # A file changed after the release: verify must notice it.
    tampered = base / 'widget' / 'dist' / 'widget-1.2.0' / 'README.md'
    tampered.write_text(tampered.read_text() + 'tampered\n')
    print('$ releasetool verify $TMP/widget   # after editing dist/widget-1.2.0/README.md')
    sys.stdout.flush()
    codes.append(main(['verify', project]))
    # Release with uncommitted changes is refused.
    (base / 'widget' / 'README.md').write_text('edited\n')
    print('$ releasetool release $TMP/widget --version 1.3.0   # with README.md edited')
    sys.stdout.flush()
    codes.append(main(['release', project, '--version', '1.3.0']))
    print('exit codes:', codes)
    return 0
