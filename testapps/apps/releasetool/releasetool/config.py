"""release.toml: what a release contains and how it is named."""
import tomllib
from pathlib import Path

DEFAULTS = {
    'include': ['**/*'],
    'exclude': [],
    'formats': ['zip', 'gztar'],
    'tag_prefix': 'v',
    'dist': 'dist',
}
FORMATS = ('zip', 'gztar')


class ConfigError(Exception):
    """A release.toml that cannot be used, with the reason."""


class Config:
    def __init__(self, root, name, version, settings, changelog):
        self.root = root
        self.name = name
        self.version = version
        self.include = settings['include']
        self.exclude = settings['exclude']
        self.formats = settings['formats']
        self.tag_prefix = settings['tag_prefix']
        self.dist = root / settings['dist']
        self.changelog = changelog

    def __repr__(self):
        return f'Config(name={self.name!r}, version={self.version!r}, formats={self.formats!r})'

    def files(self):
        """The files to release, relative to the project, sorted, without dist/ and .git/."""
        chosen = set()
        for pattern in self.include:
            for path in self.root.glob(pattern):
                if path.is_file():
                    chosen.add(path.relative_to(self.root))
        result = []
        for rel in sorted(chosen):
            if rel.parts[0] in ('.git', self.dist.name):
                continue
            if any(rel.match(pattern) for pattern in self.exclude):
                continue
            result.append(rel)
        return result


def parse_version(text):
    parts = text.split('.')
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ConfigError(f'version {text!r} is not MAJOR.MINOR.PATCH')
    return tuple(int(p) for p in parts)


def load(root):
    root = Path(root)
    path = root / 'release.toml'
    try:
        with path.open('rb') as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f'no release.toml in {root.name}') from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f'release.toml: {e}') from None
    project = data.get('project', {})
    for key in ('name', 'version'):
        if key not in project:
            raise ConfigError(f'release.toml: [project] needs {key!r}')
    parse_version(project['version'])
    settings = dict(DEFAULTS)
    release = data.get('release', {})
    for key, value in release.items():
        if key == 'changelog':
            continue
        if key not in DEFAULTS:
            raise ConfigError(f'release.toml: unknown setting release.{key}')
        if type(value) is not type(DEFAULTS[key]):
            raise ConfigError(f'release.toml: release.{key} must be {type(DEFAULTS[key]).__name__}, not {type(value).__name__}')
        settings[key] = value
    for fmt in settings['formats']:
        if fmt not in FORMATS:
            raise ConfigError(f'release.toml: unknown format {fmt!r} (choose from {", ".join(FORMATS)})')
    changelog = release.get('changelog', {})
    return Config(root, project['name'], project['version'], settings, changelog)


def load_text_version(text):
    """The [project] version of a release.toml given as text."""
    return tomllib.loads(text)['project']['version']


def set_version(root, version):
    """Rewrites the version line of release.toml, keeping everything else as it is."""
    path = Path(root) / 'release.toml'
    lines = path.read_text().splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith('version = '):
            lines[i] = f'version = "{version}"\n'
            break
    path.write_text(''.join(lines))
