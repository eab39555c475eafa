using System.Security.Cryptography;
using System.Text;

namespace Analysis.Tests.Output;

using Analysis.Output;

/// <summary>The managed SHA-256 of small tables gives the framework's digest, at every padding boundary.</summary>
public class SmallSha256Tests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(119)]
    [InlineData(120)]
    [InlineData(128)]
    [InlineData(1000)]
    [InlineData(100_003)]
    public void Digest_equals_the_frameworks(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        Assert.Equal(SHA256.HashData(bytes), SmallSha256.Hash(bytes));
    }

    [Fact]
    public void Digest_of_abc_is_the_standards_example()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            Convert.ToHexStringLower(SmallSha256.Hash(Encoding.ASCII.GetBytes("abc"))));
    }

    [Theory]
    [InlineData(10)]
    [InlineData((1 << 20) + 1)]
    public void A_table_files_hash_is_sha256sums_on_either_side_of_the_managed_limit(int length)
    {
        var path = Path.GetTempFileName();
        try
        {
            var bytes = new byte[length];
            new Random(7).NextBytes(bytes);
            File.WriteAllBytes(path, bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), TableRecord.Sha256Of(path));
        }
        finally { File.Delete(path); }
    }
}
