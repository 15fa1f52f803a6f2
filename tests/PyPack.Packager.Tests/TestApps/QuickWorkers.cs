namespace PyPack.Packager.Tests.TestApps;

/// <summary>Which worker runs a program.</summary>
public enum QuickPathShard
{
    Stdlib,
    Other,
}

/// <summary>
/// The test process's quick workers, one per shard, started on first use and stopped when the
/// process exits. A worker compiles each library module once and keeps it, so programs that
/// import the same modules share a worker: the split is by area, not by count. Measured serially
/// (per-test durations), stdlib/ took about 55% of the time, programs/ 20%, the language areas 20%.
/// </summary>
public static class QuickWorkers
{
    private static readonly QuickWorkerProcess[] s_workers = Create();

    public static QuickWorkerProcess Of(QuickPathShard shard) => s_workers[(int)shard];

    /// <summary>
    /// stdlib/ on one worker; the language areas with programs/ and apps/ on the other, joined by
    /// stdlib/asyncio, which programs/ imports too and which evens out the two.
    /// </summary>
    public static QuickPathShard ShardOf(TestApp app) =>
        app.Id.StartsWith("stdlib/", StringComparison.Ordinal) && !app.Id.StartsWith("stdlib/asyncio/", StringComparison.Ordinal)
            ? QuickPathShard.Stdlib
            : QuickPathShard.Other;

    private static QuickWorkerProcess[] Create()
    {
        var workers = Enum.GetValues<QuickPathShard>().Select(_ => new QuickWorkerProcess()).ToArray();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var w in workers) w.Dispose();
        };
        return workers;
    }
}
