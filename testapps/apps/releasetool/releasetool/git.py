"""git through subprocess, with fixed identities and dates so commit ids do not depend on the clock."""
import logging
import os
import subprocess

log = logging.getLogger('releasetool.git')

# Each commit gets the next of these dates, so its id is the same on every run.
BASE_TIME = 1700000000


class GitError(Exception):
    def __init__(self, command, returncode, stderr):
        super().__init__(command, returncode, stderr)
        self.command = command
        self.returncode = returncode
        self.stderr = stderr

    def __str__(self):
        first = self.stderr.strip().splitlines()[0] if self.stderr.strip() else 'no message'
        return f'git {self.command} failed ({self.returncode}): {first}'


class Repository:
    def __init__(self, root):
        self.root = root
        self.commits = 0

    def _env(self):
        env = {
            'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
            'HOME': str(self.root),
            'GIT_CONFIG_NOSYSTEM': '1',
            'GIT_CONFIG_GLOBAL': os.devnull,
            'LC_ALL': 'C',
            'GIT_AUTHOR_NAME': 'Release Bot',
            'GIT_AUTHOR_EMAIL': 'bot@example.org',
            'GIT_COMMITTER_NAME': 'Release Bot',
            'GIT_COMMITTER_EMAIL': 'bot@example.org',
        }
        stamp = f'{BASE_TIME + 3600 * self.commits} +0000'
        env['GIT_AUTHOR_DATE'] = stamp
        env['GIT_COMMITTER_DATE'] = stamp
        return env

    def run(self, *args, check=True):
        command = ' '.join(args)
        log.debug('git %s', command)
        result = subprocess.run(['git', *args], cwd=self.root, env=self._env(), capture_output=True, text=True)
        if check and result.returncode != 0:
            raise GitError(command, result.returncode, result.stderr)
        return result.stdout

    def init(self):
        self.run('init', '-q', '-b', 'main')
        self.run('config', 'user.name', 'Release Bot')
        self.run('config', 'user.email', 'bot@example.org')

    def commit_all(self, message):
        self.run('add', '-A')
        self.run('commit', '-q', '-m', message)
        self.commits += 1
        return self.head()

    def head(self, short=True):
        return self.run('rev-parse', '--short' if short else '--verify', 'HEAD').strip()

    def tag(self, name, message):
        self.run('tag', '-a', name, '-m', message)

    def tags(self):
        return self.run('tag', '--list').split()

    def is_clean(self):
        return self.run('status', '--porcelain') == ''

    def dirty_files(self):
        return [line[3:] for line in self.run('status', '--porcelain').splitlines()]

    def log(self, count=10):
        out = self.run('log', f'-{count}', '--format=%h %ad %s', '--date=short')
        return out.splitlines()

    def describe(self):
        return self.run('describe', '--tags').strip()

    def count(self):
        return int(self.run('rev-list', '--count', 'HEAD'))
