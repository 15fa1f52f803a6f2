using System.Text.RegularExpressions;

namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// The two differences the comparison forgives: the program's folder in paths (recorded
/// outputs have it cut, see testapps/regenerate.sh), and CPython 3.11's fine-grained
/// <c>^^^^</c>/<c>~~~^~~</c> marker lines under traceback source lines (also behind the
/// <c>|</c> margin of an exception group's box).
/// </summary>
public static partial class OutputNormalizer
{
    public static string Normalize(string text, string appFolder) =>
        MarkerLine().Replace(text.Replace(Path.GetFullPath(appFolder) + "/", ""), "");

    [GeneratedRegex(@"^[ \t]*(\|[ \t]*)?[\^~]+[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex MarkerLine();
}
