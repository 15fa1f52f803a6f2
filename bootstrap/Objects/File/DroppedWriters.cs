namespace PyPack.Runtime.Objects;

/// <summary>
/// Files open for writing that the program may have dropped without closing. CPython frees a file
/// object when its last reference goes, and freeing flushes and closes it: after
/// <c>json.dump(data, open(p, "w"))</c> the text is on disk at once. Here nothing notices the last
/// reference going. Each writer's stream is kept here, with a weak reference to its file: where the
/// program could look at the file's bytes from outside (opening the same path again, starting a
/// child process, the exit), a full collection first finds the files no one holds any more, and
/// their streams are written out and closed in the order the files were opened, as CPython would
/// have closed them. A file still referenced keeps its buffer, as in CPython.
/// </summary>
internal static class DroppedWriters
{
    // Past this many open writers, open() looks for dropped ones, so a loop that drops its files
    // does not run out of descriptors.
    private const int CollectAbove = 64;

    private sealed record Entry(WeakReference<PyFile> File, Stream Stream, string FullPath);

    private static readonly Lock s_lock = new();
    private static readonly List<Entry> s_open = [];

    public static void Add(PyFile file, Stream stream, string path)
    {
        var entry = new Entry(new WeakReference<PyFile>(file), stream, Path.GetFullPath(path));
        lock (s_lock) s_open.Add(entry);
    }

    /// <summary>The file was closed: its stream is the file's business again.</summary>
    public static void Remove(Stream stream)
    {
        lock (s_lock) s_open.RemoveAll(e => ReferenceEquals(e.Stream, stream));
    }

    /// <summary>Before <paramref name="path"/> is opened: writes out the dropped writers of that file.</summary>
    public static void Settle(string path)
    {
        if (Count() > CollectAbove || IsOpen(Path.GetFullPath(path))) CloseDropped();
    }

    /// <summary>Before a child process starts: writes out every dropped writer.</summary>
    public static void SettleAll()
    {
        if (Count() > 0) CloseDropped();
    }

    /// <summary>At exit, as CPython's finalisation: every writer still open is flushed and closed.</summary>
    public static void CloseAll()
    {
        Entry[] all;
        lock (s_lock)
        {
            all = [.. s_open];
            s_open.Clear();
        }
        foreach (var e in all) CloseQuietly(e);
    }

    private static int Count()
    {
        lock (s_lock) return s_open.Count;
    }

    private static bool IsOpen(string fullPath)
    {
        lock (s_lock) return s_open.Exists(e => e.FullPath == fullPath);
    }

    private static void CloseDropped()
    {
        GC.Collect();
        List<Entry> dropped = [];
        lock (s_lock)
        {
            foreach (var e in s_open)
            {
                if (!e.File.TryGetTarget(out _)) dropped.Add(e);
            }
            s_open.RemoveAll(dropped.Contains);
        }
        foreach (var e in dropped) CloseQuietly(e);
    }

    // As CPython's freeing of a file: a write that fails is not raised.
    private static void CloseQuietly(Entry e)
    {
        try
        {
            e.Stream.Flush();
        }
        catch (Exception ex) when (ex is Exceptions.PyException or IOException)
        {
            // Nothing can report it any more.
        }
        finally
        {
            e.Stream.Dispose();
        }
    }
}
