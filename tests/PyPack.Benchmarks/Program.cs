using System.Diagnostics;
using PyPack.Compiler.Syntax;

// parse  DIR|FILE...   parse every .py file, print the time (median of --runs N) in seconds
// dump   FILE...       print ast.dump(include_attributes=True) of each file, or the error text
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: PyPack.Benchmarks parse [--runs N] PATH... | dump FILE...");
    return 2;
}
if (args[0] == "dump")
{
    var stdout = Console.Out;
    foreach (string file in args.Skip(1))
    {
        stdout.WriteLine("=== " + file);
        try
        {
            stdout.WriteLine(AstDumper.Dump(PythonParser.Parse(File.ReadAllBytes(file), file)));
        }
        catch (PythonSyntaxError e)
        {
            stdout.Write("ERROR " + e.Format());
        }
    }
    return 0;
}
int runs = 5;
var paths = new List<string>();
for (int i = 1; i < args.Length; i++)
{
    if (args[i] == "--runs")
        runs = int.Parse(args[++i]);
    else
        paths.Add(args[i]);
}
var files = new List<(string Name, byte[] Bytes)>();
foreach (string p in paths)
{
    IEnumerable<string> found = Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.py", SearchOption.AllDirectories) : [p];
    foreach (string f in found.Order(StringComparer.Ordinal))
        files.Add((f, File.ReadAllBytes(f)));
}
var times = new List<double>();
int errors = 0;
for (int r = 0; r < runs + 1; r++)
{
    errors = 0;
    var sw = Stopwatch.StartNew();
    foreach (var (name, bytes) in files)
    {
        try
        {
            PythonParser.Parse(bytes, name);
        }
        catch (PythonSyntaxError)
        {
            errors++;
        }
    }
    sw.Stop();
    if (r > 0)
        times.Add(sw.Elapsed.TotalSeconds); // the first run warms up the JIT
}
times.Sort();
Console.WriteLine($"{times[times.Count / 2]:F3} {files.Count} files, {errors} syntax errors");
return 0;
