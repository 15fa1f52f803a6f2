using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PyPack.Compiler;
using PyPack.Compiler.Semantics;

namespace PyPack.Packager.Analysis;

/// <summary>
/// Generated C# of each module from earlier builds, keyed by a hash of everything the C# depends
/// on: the compiler's own bytes, the module's name, its file name and its source. An unchanged
/// module is not compiled again. New entries are written by <see cref="Save"/> once the whole
/// analysis has succeeded, so a failed build leaves no work folder behind.
/// </summary>
public sealed class CompiledModuleCache(string folder)
{
    private readonly List<(string Path, string Json)> _unsaved = [];

    private static readonly Lazy<string> s_compilerStamp = new(() =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(typeof(Compilation).Assembly.Location))));

    public CompiledModule Compile(string moduleName, string fileName, byte[] source)
    {
        var key = Key(moduleName, fileName, source);
        var path = Path.Combine(folder, key + ".json");
        if (File.Exists(path))
        {
            try
            {
                var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path));
                if (entry is not null)
                {
                    return new CompiledModule(moduleName, fileName, entry.ClassName, entry.CSharp, entry.Imports) { RegexLiterals = entry.RegexLiterals ?? [] };
                }
            }
            catch (JsonException)
            {
                // A damaged entry is compiled again and overwritten.
            }
        }
        var module = Compilation.CompileModule(moduleName, fileName, source);
        _unsaved.Add((path, JsonSerializer.Serialize(new Entry(module.ClassName, module.CSharp, [.. module.Imports], [.. module.RegexLiterals]))));
        return module;
    }

    /// <summary>Writes the entries compiled since the last save.</summary>
    public void Save()
    {
        if (_unsaved.Count == 0) return;
        Directory.CreateDirectory(folder);
        foreach (var (path, json) in _unsaved)
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, json);
            File.Move(temporary, path, overwrite: true);
        }
        _unsaved.Clear();
    }

    private static string Key(string moduleName, string fileName, byte[] source)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(s_compilerStamp.Value + "\0" + moduleName + "\0" + fileName + "\0"));
        hash.AppendData(source);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private sealed record Entry(string ClassName, string CSharp, string[] Imports, RegexLiteral[]? RegexLiterals);
}
