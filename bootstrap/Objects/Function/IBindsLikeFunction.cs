namespace PyPack.Runtime.Objects;

/// <summary>
/// A native callable that, found on a class, binds to the instance as a function does (a bound
/// method), and reads as itself from the class: functools' lru_cache wrapper.
/// </summary>
public interface IBindsLikeFunction;
