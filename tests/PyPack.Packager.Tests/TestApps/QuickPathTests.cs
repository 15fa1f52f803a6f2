namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// Every program under testapps/, compiled and run on the quick path, prints what CPython printed.
/// Programs run in two worker processes, one test class each, so the two cores run two at once.
/// </summary>
public abstract class QuickPathTests
{
    protected static void Check(QuickPathShard shard, string id)
    {
        var app = TestAppCatalog.Get(id);
        var (stdout, stderr, exitCode) = QuickWorkers.Of(shard).Run(app);
        OutputNormalizer.Normalize(stdout, app.Folder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStdout, app.Folder), "stdout");
        OutputNormalizer.Normalize(stderr, app.Folder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStderr, app.Folder), "stderr");
        exitCode.ShouldBe(app.ExpectedExitCode, "exit code");
    }

    protected static TheoryData<string> ProgramsOf(QuickPathShard shard) =>
        new(TestAppCatalog.All().Where(a => QuickWorkers.ShardOf(a) == shard).Select(a => a.Id));
}

/// <summary>The programs of stdlib/ (see <see cref="QuickWorkers.ShardOf"/>).</summary>
[Collection(nameof(StdlibQuickPathTests))]
public sealed class StdlibQuickPathTests : QuickPathTests
{
    public static TheoryData<string> Programs() => ProgramsOf(QuickPathShard.Stdlib);

    [Theory]
    [MemberData(nameof(Programs))]
    public void Output_matches_CPython(string id) => Check(QuickPathShard.Stdlib, id);
}

/// <summary>The language areas (syntax, semantics, the data model, tracebacks), programs/ and apps/.</summary>
[Collection(nameof(OtherQuickPathTests))]
public sealed class OtherQuickPathTests : QuickPathTests
{
    public static TheoryData<string> Programs() => ProgramsOf(QuickPathShard.Other);

    [Theory]
    [MemberData(nameof(Programs))]
    public void Output_matches_CPython(string id) => Check(QuickPathShard.Other, id);
}
