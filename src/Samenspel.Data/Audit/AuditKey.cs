using System.Security.Cryptography;
using System.Text;

namespace Samenspel.Web.Audit;

/// <summary>
/// The secret that keys the audit chain (HMAC-SHA256). It is never stored in the database, so whoever can only
/// change the database cannot re-hash a rewritten chain nor re-seal a cut-off head. It comes from
/// <c>Samenspel:Audit:Key</c> (base64, at least 32 bytes), or else from <c>{DataDirectory}/audit.key</c>, which the
/// first start creates (mode 0600). Lose it and <c>audit verify</c> can no longer vouch for the trail: back it up
/// separately from the database.
/// </summary>
public sealed class AuditKey
{
    public const string Setting = "Samenspel:Audit:Key";
    public const string FileName = "audit.key";

    readonly byte[] key;

    public AuditKey(byte[] key)
    {
        if (key.Length < 32) throw new InvalidOperationException($"{Setting} must hold at least 32 bytes (base64).");
        this.key = key;
    }

    /// <summary>HMAC-SHA256 of <paramref name="canonical"/> under the key, as lower-case hex (64 characters).</summary>
    public string Mac(string canonical) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));

    public static AuditKey Load(IConfiguration config, string dataDirectory, ILogger logger)
    {
        if (config[Setting] is { Length: > 0 } configured) return new AuditKey(Convert.FromBase64String(configured));
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var file = new FileStream(path, options);
                file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
                logger.LogWarning("Made a new audit key in {Path}. Back it up apart from the database: without it the audit trail cannot be verified.", path);
            }
            catch (IOException) when (File.Exists(path)) { } // another node made it a moment ago
        }
        logger.LogInformation("Audit key: {Path}", path);
        return new AuditKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
