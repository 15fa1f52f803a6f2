using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Traceback;

/// <summary>
/// <c>traceback.walk_stack(f)</c>: (frame, line) pairs from a frame outward. CPython's is a
/// generator, and with f None it starts three frames above the frame that first iterates it, so
/// the start is taken at the first <c>next()</c> here too.
/// </summary>
internal sealed class StackWalk(PyFrame? start) : PyIterator
{
    private static readonly PyType s_type = new("generator", null);

    private IEnumerator<PyFrame>? _frames;
    private bool _started;

    public override PyType Type => s_type;

    public override PyObject? Next()
    {
        if (!_started)
        {
            _started = true;
            _frames = (start ?? PyFrame.OfCaller(3))?.Walk().GetEnumerator();
        }
        if (_frames is null || !_frames.MoveNext()) return null;
        var frame = _frames.Current;
        return PyTuple.Of(frame, PyInt.From(frame.Line));
    }
}
