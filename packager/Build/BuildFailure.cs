namespace PyPack.Packager.Build;

/// <summary>The build cannot go on; the message says why and what to do.</summary>
public sealed class BuildFailure(string message) : Exception(message);
