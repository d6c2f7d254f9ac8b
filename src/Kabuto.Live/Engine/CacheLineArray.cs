using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kabuto.Live.Engine;

/// <summary>A fixed-length array whose first element starts on a 64-byte boundary, so a 64-byte record fills exactly
/// one cache line instead of straddling two (a plain array's data starts 16 bytes into an 8-byte-aligned object). The
/// storage is allocated pinned, so the boundary found at construction stays a boundary.</summary>
internal sealed class CacheLineArray<T>
    where T : struct
{
    private const int Line = 64;
    private readonly byte[] _bytes;
    private readonly int _offset;

    public CacheLineArray(int length)
    {
        Length = length;
        _bytes = GC.AllocateArray<byte>((length * Unsafe.SizeOf<T>()) + Line, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_bytes, 0);
        _offset = (int)((Line - (address % Line)) % Line);
    }

    public int Length { get; }

    /// <summary>The first element; callers that index from it own the range check.</summary>
    public ref T First => ref Unsafe.As<byte, T>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes), _offset));

    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange(index);
            }

            return ref Unsafe.Add(ref First, index);
        }
    }

    private static void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "ordinal outside the universe");
}
