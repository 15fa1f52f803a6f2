namespace PyPack.Packager.Tests.TestApps;

/// <summary>Which worker runs a program.</summary>
public enum QuickPathShard
{
    Library,
    Language,
}

/// <summary>
/// The test process's quick workers, one per shard, started on first use and stopped when the
/// process exits. A worker compiles each library module once and keeps it, so programs that
/// import the same modules share a worker: the split is by area, not by count.
/// </summary>
public static class QuickWorkers
{
    private static readonly QuickWorkerProcess[] s_workers = Create();

    public static QuickWorkerProcess Of(QuickPathShard shard) => s_workers[(int)shard];

    public static QuickPathShard ShardOf(TestApp app) =>
        app.Id.Split('/')[0] is "stdlib" or "programs" or "apps" ? QuickPathShard.Library : QuickPathShard.Language;

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
