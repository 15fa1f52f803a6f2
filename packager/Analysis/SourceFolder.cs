namespace PyPack.Packager.Analysis;

/// <summary>
/// A folder modules and data files are looked up in: a directory on disk (<see cref="DiskFolder"/>)
/// or a folder inside a .zip/.whl archive on the search path (<see cref="ArchiveFolder"/>).
/// <see cref="Path"/> is what __file__, __path__ and tracebacks show, as CPython shows them
/// (for archives: <c>/x/lib.zip/pkg</c>).
/// </summary>
public abstract class SourceFolder
{
    public abstract string Path { get; }
    public abstract bool HasFile(string name);
    public abstract bool HasFolder(string name);
    public abstract SourceFolder Folder(string name);
    public abstract byte[] ReadFile(string name);

    /// <summary>Every file below this folder, as paths relative to it with '/' separators, sorted.</summary>
    public abstract IReadOnlyList<string> AllFiles();

    public string PathOf(string name) => Path + "/" + name;

    public override string ToString() => Path;
}
