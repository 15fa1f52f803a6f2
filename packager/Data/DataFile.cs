using PyPack.Packager.Analysis;

namespace PyPack.Packager.Data;

/// <summary>
/// A data file embedded in the executable. <see cref="Path"/> is the absolute path the app finds
/// it at: where it was at build time relative to the app's modules, whose __file__ are their
/// build-time paths, so <c>os.path.join(os.path.dirname(__file__), "x.txt")</c> names it.
/// </summary>
public sealed record DataFile(string Path, SourceFolder Folder, string RelativeName)
{
    public byte[] Read() => Folder.ReadFile(RelativeName);
}
