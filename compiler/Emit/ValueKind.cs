namespace PyPack.Compiler.Emit;

/// <summary>
/// The C# representation an emitted expression has. Everything can be a PyObject; conditions
/// stay C# bools. Unboxed long/double/string kinds are where type inference will come in.
/// </summary>
public enum ValueKind { Object, Bool }
