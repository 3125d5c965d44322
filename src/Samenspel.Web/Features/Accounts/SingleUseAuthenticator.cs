using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>
/// Identity's authenticator check (RFC 6238: 30-second steps, 6 digits, HMAC-SHA1), with two changes (ASVS V6.5.1,
/// V6.5.5): a code counts only in its own step or the one before it (at most 30 seconds of clock drift; Identity
/// accepts two steps either side), and each step is accepted once per account: the last accepted step is stored,
/// and a code from that step or an earlier one is refused, also when two requests race. The clock is the app's.
/// </summary>
public sealed class SingleUseAuthenticator(SamenspelDb db, TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !int.TryParse(token, out var code)) return false;
        var secret = FromBase32(key);
        var current = clock.GetUtcNow().ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        foreach (var step in new[] { current, current - 1 })
        {
            if (Code(secret, step) != code) continue;
            // Atomic: of two requests with the same code, only the first moves the step on. The loaded user gets the
            // step too, because Identity's store writes every column back on its next update of this user.
            if (await db.Users.Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.LastTotpStep, step)) != 1)
                return false;
            user.LastTotpStep = step;
            return true;
        }
        return false;
    }

    /// <summary>RFC 4226 HOTP with the time step as counter.</summary>
    public static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0f;
        return (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
    }

    static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            var value = alphabet.IndexOf(c);
            if (value < 0) continue;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}
