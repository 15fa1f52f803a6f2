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
}
