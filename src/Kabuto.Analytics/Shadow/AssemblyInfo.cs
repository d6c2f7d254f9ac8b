using System.Runtime.CompilerServices;

// The solver (Nnls) is tested directly; it is an implementation detail, not API.
[assembly: InternalsVisibleTo("Kabuto.Analytics.Tests")]
