using System.Text;
using PyPack.Compiler.Syntax;

namespace PyPack.Compiler.Tests.Syntax;

/// <summary>
/// Each testapps/syntax_errors/NAME.py is invalid (or nested too deeply to compile);
/// PythonSyntaxError.Format() must equal what CPython 3.11 printed for it (NAME.err, recorded by
/// testapps/regenerate.sh) byte for byte.
/// </summary>
public class SyntaxErrorProgramTests
{
    private static string Folder => Path.Combine(RepoPaths.TestApps, "syntax_errors");

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (string f in Directory.EnumerateFiles(Folder, "*.py").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Fact]
    public void ThereAreAtLeastEightyPrograms() => Directory.GetFiles(Folder, "*.py").Length.ShouldBeGreaterThanOrEqualTo(80);

    [Theory]
    [MemberData(nameof(Programs))]
    public void ErrorMatchesCPython(string name)
    {
        string expected = File.ReadAllText(Path.Combine(Folder, name + ".err"), Encoding.UTF8);
        byte[] source = File.ReadAllBytes(Path.Combine(Folder, name + ".py"));
        var error = Should.Throw<PythonSyntaxError>(() => Compilation.Parse(source, name + ".py"));
        error.Format().ShouldBe(expected);
    }
}
