"""The release files: checksums, a .zip and a .tar.gz with the project's files under NAME-VERSION/."""
import hashlib
import logging
import shutil
import tarfile
import zipfile

log = logging.getLogger('releasetool.artifacts')


def sha256_of(path, chunk=4096):
    digest = hashlib.sha256()
    with open(path, 'rb') as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            digest.update(block)
    return digest.hexdigest()


def stage(config, files):
    """Copies the files into dist/NAME-VERSION/ (the archives' top folder)."""
    top = config.dist / f'{config.name}-{config.version}'
    if top.exists():
        shutil.rmtree(top)
    for rel in files:
        target = top / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(config.root / rel, target)
    return top


def write_zip(top, files):
    path = top.parent / f'{top.name}.zip'
    with zipfile.ZipFile(path, 'w', compression=zipfile.ZIP_DEFLATED) as archive:
        for rel in files:
            archive.write(top / rel, arcname=f'{top.name}/{rel.as_posix()}')
    log.info('wrote %s (%d files)', path.name, len(files))
    return path


def write_tar(top, files):
    path = top.parent / f'{top.name}.tar.gz'
    with tarfile.open(path, 'w:gz') as archive:
        for rel in files:
            archive.add(top / rel, arcname=f'{top.name}/{rel.as_posix()}')
    log.info('wrote %s (%d files)', path.name, len(files))
    return path


def write_checksums(top, files):
    path = top.parent / 'SHA256SUMS'
    lines = [f'{sha256_of(top / rel)}  {top.name}/{rel.as_posix()}\n' for rel in files]
    path.write_text(''.join(lines))
    return path


def zip_listing(path):
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, info.file_size) for info in archive.infolist()]


def tar_listing(path):
    with tarfile.open(path, 'r:gz') as archive:
        return [(member.name, member.size) for member in archive.getmembers() if member.isfile()]


def read_member(path, name):
    if path.name.endswith('.zip'):
        with zipfile.ZipFile(path) as archive:
            return archive.read(name)
    with tarfile.open(path, 'r:gz') as archive:
        return archive.extractfile(name).read()
