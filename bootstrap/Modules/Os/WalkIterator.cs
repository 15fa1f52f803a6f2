using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>
/// os.walk as a lazy iterator: top-down it reads each folder's dirnames list only when it goes
/// on, so a caller that edits dirnames in place (prunes or sorts it) steers the walk as in CPython.
/// </summary>
public sealed class WalkIterator : PyIterator
{
    // CPython's os.walk is a generator function; programs only iterate it.
    public static readonly PyType TypeObject = new("generator", null);

    private readonly bool _topDown;
    private readonly PyObject? _onError;
    private readonly bool _followLinks;
    private readonly Stack<(string Path, PyList Dirs, int Next)> _stack = new();
    private readonly Queue<PyTuple>? _bottomUp;
    private string? _start;

    public WalkIterator(string top, bool topDown, PyObject? onError, bool followLinks)
    {
        _topDown = topDown;
        _onError = onError;
        _followLinks = followLinks;
        if (topDown) _start = top;
        else
        {
            _bottomUp = new Queue<PyTuple>();
            WalkBottomUp(top);
        }
    }

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_bottomUp is not null) return _bottomUp.Count > 0 ? _bottomUp.Dequeue() : null;
        if (_start is not null)
        {
            var top = _start;
            _start = null;
            if (Scan(top) is { } first) return first;
        }
        while (_stack.Count > 0)
        {
            var (path, dirs, next) = _stack.Pop();
            if (next >= dirs.Count) continue;
            _stack.Push((path, dirs, next + 1));
            var child = PosixPathModule.Join(path, Operations.Text.Str(dirs[next]));
            if (!_followLinks && PosixPathModule.IsLink(child)) continue;
            if (Scan(child) is { } entry) return entry;
        }
        return null;
    }

    /// <summary>Reads one folder: its (path, dirnames, filenames), remembered to descend into later.</summary>
    private PyTuple? Scan(string path)
    {
        if (!Read(path, out var dirs, out var files)) return null;
        _stack.Push((path, dirs, 0));
        return PyTuple.Of(new PyStr(path), dirs, files);
    }

    private bool Read(string path, out PyList dirs, out PyList files)
    {
        dirs = new PyList();
        files = new PyList();
        List<string> names;
        try
        {
            names = OsModule.ReadDirectory(path, new PyStr(path));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.OSError))
        {
            _onError?.Call1(e.Value);
            return false;
        }
        foreach (var name in names)
        {
            var full = PosixPathModule.Join(path, name);
            if ((StatResults.Mode(full) & StatResults.TypeMask) == StatResults.Directory) dirs.Append(new PyStr(name));
            else files.Append(new PyStr(name));
        }
        return true;
    }

    private void WalkBottomUp(string path)
    {
        if (!Read(path, out var dirs, out var files)) return;
        foreach (var d in dirs.Items.ToArray())
        {
            var child = PosixPathModule.Join(path, Operations.Text.Str(d));
            if (_followLinks || !PosixPathModule.IsLink(child)) WalkBottomUp(child);
        }
        _bottomUp!.Enqueue(PyTuple.Of(new PyStr(path), dirs, files));
    }
}
