"""releasetool: cuts a release of a project kept in git.

    releasetool init DIR                  make a sample project with a release.toml, in a new git repository
    releasetool release DIR --version V   check, bump, commit, tag, build the archives and checksums
    releasetool report DIR                what the last release contains
    releasetool verify DIR                recompute the checksums of the release files

With no arguments it runs all of them in a temporary folder, as a demonstration.
"""
import sys

from releasetool.cli import main

if __name__ == '__main__':
    sys.exit(main())
