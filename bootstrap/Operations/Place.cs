namespace PyPack.Runtime.Operations;

/// <summary>
/// Stores a frame's current place (a line or a position id, see Exceptions.SourceInfo.LineOf) in the
/// middle of an expression: the store is the argument written as an assignment, and C# evaluates
/// arguments in order, so <c>Place.Then(line = p, op(...))</c> stores before the operation and
/// <c>Place.After(op(...), line = p)</c> after it. Both inline to the store alone.
/// </summary>
public static class Place
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static T Then<T>(int place, T value) => value;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static T After<T>(T value, int place) => value;

    /// <summary>
    /// The UnboundLocalError of a local read at <paramref name="at"/>, the frame moved there: a call
    /// of its own on the failing path, so that the load that succeeds carries nothing more.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static Exceptions.PyException UnboundLocal(ref int place, int at, string name)
    {
        place = at;
        return Errors.UnboundLocal(name);
    }
}
