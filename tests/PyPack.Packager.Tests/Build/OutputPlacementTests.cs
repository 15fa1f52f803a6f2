using PyPack.Packager.Build;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Build;

public class OutputPlacementTests
{
    private static readonly Log Quiet = new(TextWriter.Null, LogLevel.Error);

    private static BuildOptions Options(string root, bool oneFile = true, bool replace = false) =>
        new(Path.Combine(root, "app.py"), "app", oneFile, Path.Combine(root, "dist"), Path.Combine(root, "build"), false, replace);

    private static (string Binary, string WorkDir) Built(TempFolder temp, string content)
    {
        var binary = temp.Write("build/app/publish/app", content);
        return (binary, Path.Combine(temp.Path, "build", "app"));
    }

    [Fact]
    public void Places_one_file_and_replaces_its_own_previous_output()
    {
        using var temp = new TempFolder();
        var (binary, work) = Built(temp, "v1");
        var target = OutputPlacement.Place(binary, Options(temp.Path), work, Quiet);
        File.ReadAllText(target).ShouldBe("v1");
        File.WriteAllText(binary, "v2");
        OutputPlacement.Place(binary, Options(temp.Path), work, Quiet);
        File.ReadAllText(target).ShouldBe("v2");
    }

    [Fact]
    public void Refuses_to_replace_a_file_it_did_not_make_unless_told()
    {
        using var temp = new TempFolder();
        var (binary, work) = Built(temp, "new");
        var users = temp.Write("dist/app", "the user's own file");
        Should.Throw<BuildFailure>(() => OutputPlacement.Place(binary, Options(temp.Path), work, Quiet)).Message.ShouldContain("pass -y");
        File.ReadAllText(users).ShouldBe("the user's own file");
        OutputPlacement.Place(binary, Options(temp.Path, replace: true), work, Quiet);
        File.ReadAllText(users).ShouldBe("new");
    }

    [Fact]
    public void Onedir_puts_the_executable_inside_a_folder()
    {
        using var temp = new TempFolder();
        var (binary, work) = Built(temp, "x");
        OutputPlacement.Place(binary, Options(temp.Path, oneFile: false), work, Quiet)
            .ShouldBe(Path.Combine(temp.Path, "dist", "app", "app"));
    }
}
