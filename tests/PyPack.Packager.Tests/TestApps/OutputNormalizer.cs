namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// The one difference the comparison forgives: the program's folder in paths (recorded outputs
/// have it cut, see testapps/regenerate.sh).
/// </summary>
public static class OutputNormalizer
{
    public static string Normalize(string text, string appFolder) => text.Replace(Path.GetFullPath(appFolder) + "/", "");
}
