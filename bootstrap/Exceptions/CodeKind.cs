namespace PyPack.Runtime.Exceptions;

/// <summary>What kind of body a code object runs (CPython's CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR flags).</summary>
public enum CodeKind : byte
{
    Plain,
    Generator,
    Coroutine,
    AsyncGenerator,
}
