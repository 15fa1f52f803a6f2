namespace PyPack.Packager.Tests.TestApps;

/// <summary>Every program under testapps/, compiled and run on the quick path, prints what CPython printed.</summary>
[Collection(nameof(InterpreterCollection))]
public class QuickPathTests
{
    public static TheoryData<string> Programs() => new(TestAppCatalog.All().Select(a => a.Id));

    [Theory]
    [MemberData(nameof(Programs))]
    public void Output_matches_CPython(string id)
    {
        var app = TestAppCatalog.Get(id);
        var (stdout, stderr, exitCode) = QuickRun.Run(app);
        OutputNormalizer.Normalize(stdout, app.Folder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStdout, app.Folder), "stdout");
        OutputNormalizer.Normalize(stderr, app.Folder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStderr, app.Folder), "stderr");
        exitCode.ShouldBe(app.ExpectedExitCode, "exit code");
    }
}

/// <summary>Programs share the runtime's process-wide state (the current interpreter, the hash key), so they run one at a time.</summary>
[CollectionDefinition(nameof(InterpreterCollection), DisableParallelization = true)]
public class InterpreterCollection;
