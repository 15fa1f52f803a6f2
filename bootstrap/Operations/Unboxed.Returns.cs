using System.Runtime.CompilerServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// The result of a def's numeric entry (a body that returns its number unboxed): the default
/// struct, which no value has, stands for "the exception is pending" (PendingException), as null
/// does for the body variant that returns an object.
/// </summary>
public readonly partial struct Unboxed
{
    /// <summary>Whether this is the pending-exception result of a numeric entry.</summary>
    public bool IsPending
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _object is null;
    }

    /// <summary>The pending-exception result, after <see cref="PendingException.Set"/> stored it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Pending(PyObject? stored) => default;

    /// <summary>The value, or the pending exception thrown (for callers that do not take it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Unboxed OrThrow() => _object is null ? throw PendingException.Take() : this;
}
