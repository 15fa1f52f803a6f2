using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>The C# factory that makes instances of an exception class, remembered per type.</summary>
public sealed partial class PyType
{
    // What ExceptionTypes.FactoryOf found along the MRO, and the version tag it holds for
    // (raising a user exception asks for it every time; the MRO walk costs a dictionary lookup per class).
    private Func<PyType, PyTuple, PyBaseException>? _exceptionFactory;
    private int _exceptionFactoryTag;

    internal Func<PyType, PyTuple, PyBaseException>? CachedExceptionFactory =>
        _exceptionFactoryTag == _versionTag ? _exceptionFactory : null;

    internal void CacheExceptionFactory(Func<PyType, PyTuple, PyBaseException> factory)
    {
        // Tag last: a reader that sees the tag sees the factory stored before it.
        _exceptionFactory = factory;
        Volatile.Write(ref _exceptionFactoryTag, _versionTag);
    }
}
