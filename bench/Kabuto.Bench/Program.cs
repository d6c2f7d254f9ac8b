using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
