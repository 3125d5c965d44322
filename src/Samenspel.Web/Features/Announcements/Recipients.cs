using System.Buffers.Binary;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Samenspel.Domain.Communication;
using Samenspel.Web.Features.Onboarding;

namespace Samenspel.Web.Features.Announcements;

/// <summary>One person an announcement or an invitation goes to. Without <see cref="UserId"/> only by e-mail.</summary>
public sealed record Recipient(RecipientKind Kind, Guid PersonId, Guid? UserId, string Name, string? Email);

/// <summary>
/// Who is in an audience, on a given day. The youths of a team (or of the organisation) are those with a
/// trajectory there that has not ended, including one that starts later: a family that registers late is in the
/// audience from that day. Carers count only when the access policy lets them read that youth's register, as for
/// the start information (so not the parents of an adult youth, nor a parent whom a 16+ youth keeps out). Referrers
/// and partners are the network contacts of those youths that have an e-mail address; they have no account.
/// The lists give names and addresses, never which youth someone belongs to.
/// </summary>
public static class Recipients
{
    public static async Task<List<Recipient>> OfAudienceAsync(SamenspelDb db, Guid organisationId, Guid? teamId, Audience audience,
        DateOnly today, CancellationToken ct)
    {
        var youthIds = db.Trajectories.NotEndedOn(today).Where(x => teamId == null || x.TeamId == teamId).Select(x => x.YouthId);
        var youths = db.Youths.AsNoTracking().Where(y => y.OrganisationId == organisationId && youthIds.Contains(y.Id));
        List<Recipient> people;
        switch (audience)
        {
            case Audience.Staff:
                people = await db.Staff.AsNoTracking().Where(s => s.OrganisationId == organisationId && (teamId == null || s.TeamId == teamId))
                    .Select(s => new Recipient(RecipientKind.Staff, s.Id, s.UserId, s.Name, s.Email)).ToListAsync(ct);
                break;
            case Audience.Youths:
                people = await youths.Select(y => new Recipient(RecipientKind.Youth, y.Id, y.UserId, y.GivenName + " " + y.FamilyName,
                    y.Email ?? db.Users.Where(u => u.Id == y.UserId).Select(u => u.Email).FirstOrDefault())).ToListAsync(ct);
                break;
            case Audience.Carers:
                var links = await db.CarerLinks.AsNoTracking()
                    .Join(youths, l => l.YouthId, y => y.Id, (l, y) => new { l, y.BirthDate })
                    .Join(db.Carers, a => a.l.CarerId, c => c.Id, (a, c) => new
                    {
                        c.Id, c.UserId, c.Name, c.Email, a.BirthDate, a.l.Position, a.l.AuthoritySince, a.l.CourtAppointed,
                        Shielded = db.CategoryShields.Any(s => s.YouthId == a.l.YouthId && s.CarerId == c.Id && s.ShieldedCategory == DataCategory.Register),
                    })
                    .ToListAsync(ct);
                people = links.Where(l => StartPeople.MayReadRegister(new Relation.Carer(l.Position, l.AuthoritySince, l.CourtAppointed), l.BirthDate, today, l.Shielded))
                    .Select(l => new Recipient(RecipientKind.Carer, l.Id, l.UserId, l.Name, l.Email)).ToList();
                break;
            default:
                var referrers = audience == Audience.Referrers;
                people = await db.NetworkContacts.AsNoTracking()
                    .Where(n => youths.Any(y => y.Id == n.YouthId) && n.Email != null && (n.Kind == NetworkContactKind.Referrer) == referrers)
                    .Select(n => new Recipient(RecipientKind.NetworkContact, n.Id, null, n.Name, n.Email)).ToListAsync(ct);
                break;
        }
        // Someone in the register twice (a carer of two youths, a referrer of several) gets it once.
        return people.Where(p => p.UserId is not null || !string.IsNullOrWhiteSpace(p.Email))
            .DistinctBy(p => p.Kind == RecipientKind.NetworkContact ? p.Email!.Trim().ToLowerInvariant() : p.PersonId.ToString())
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>A person of the organisation known by this e-mail address, or null: staff, a carer, a youth, or a
    /// network contact of one of its youths.</summary>
    public static async Task<Recipient?> ByEmailAsync(SamenspelDb db, Guid organisationId, string email, CancellationToken ct)
    {
        var e = email.Trim().ToLowerInvariant();
        return await db.Staff.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Email.ToLower() == e)
                   .Select(s => new Recipient(RecipientKind.Staff, s.Id, s.UserId, s.Name, s.Email)).FirstOrDefaultAsync(ct)
               ?? await db.Carers.AsNoTracking().Where(c => c.OrganisationId == organisationId && c.Email.ToLower() == e)
                   .Select(c => new Recipient(RecipientKind.Carer, c.Id, c.UserId, c.Name, c.Email)).FirstOrDefaultAsync(ct)
               ?? await db.Youths.AsNoTracking().Where(y => y.OrganisationId == organisationId && y.Email != null && y.Email.ToLower() == e)
                   .Select(y => new Recipient(RecipientKind.Youth, y.Id, y.UserId, y.GivenName + " " + y.FamilyName, y.Email)).FirstOrDefaultAsync(ct)
               ?? await db.NetworkContacts.AsNoTracking().Where(n => n.Email != null && n.Email.ToLower() == e
                       && db.Youths.Any(y => y.Id == n.YouthId && y.OrganisationId == organisationId))
                   .Select(n => new Recipient(RecipientKind.NetworkContact, n.Id, null, n.Name, n.Email)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The addresses the register holds now, so that a re-send reaches a corrected address.</summary>
    public static async Task<Dictionary<Guid, string?>> CurrentEmailsAsync(SamenspelDb db, IReadOnlyCollection<(RecipientKind Kind, Guid PersonId)> people, CancellationToken ct)
    {
        List<Guid> Ids(RecipientKind kind) => people.Where(p => p.Kind == kind).Select(p => p.PersonId).ToList();
        var (staff, carers, youths, network) = (Ids(RecipientKind.Staff), Ids(RecipientKind.Carer), Ids(RecipientKind.Youth), Ids(RecipientKind.NetworkContact));
        var found = new Dictionary<Guid, string?>();
        foreach (var x in await db.Staff.Where(s => staff.Contains(s.Id)).Select(s => new { s.Id, Email = (string?)s.Email }).ToListAsync(ct)) found[x.Id] = x.Email;
        foreach (var x in await db.Carers.Where(c => carers.Contains(c.Id)).Select(c => new { c.Id, Email = (string?)c.Email }).ToListAsync(ct)) found[x.Id] = x.Email;
        foreach (var x in await db.Youths.Where(y => youths.Contains(y.Id))
                     .Select(y => new { y.Id, Email = y.Email ?? db.Users.Where(u => u.Id == y.UserId).Select(u => u.Email).FirstOrDefault() }).ToListAsync(ct)) found[x.Id] = x.Email;
        foreach (var x in await db.NetworkContacts.Where(n => network.Contains(n.Id)).Select(n => new { n.Id, n.Email }).ToListAsync(ct)) found[x.Id] = x.Email;
        return found;
    }

    /// <summary>What the mail says about why this person gets it.</summary>
    public static string Reason(Audience audience, RecipientKind kind, string scope) => (audience, kind) switch
    {
        (Audience.Carers, RecipientKind.Carer) => $"U krijgt dit omdat u ouder of opvoeder bent van een jongere bij {scope}.",
        (Audience.Youths, RecipientKind.Youth) => $"Je krijgt dit omdat je hulp krijgt van {scope}.",
        (Audience.Staff, RecipientKind.Staff) => $"U krijgt dit omdat u werkt bij {scope}.",
        (Audience.Referrers, RecipientKind.NetworkContact) => $"U krijgt dit omdat u jongeren naar {scope} verwijst.",
        (Audience.Partners, RecipientKind.NetworkContact) => $"U krijgt dit omdat u samenwerkt met {scope}.",
        _ => $"U krijgt dit omdat {scope} u dit wil laten weten.",
    };
}

/// <summary>
/// The personal links in the mails. A link holds the recipient's row id and the moment it was made, protected with
/// ASP.NET Data Protection (keys in the database, so every node reads every link). Nothing is stored for it: a link
/// works as often as it is opened, for <c>Samenspel:Links:ValidDays</c> days (default 30) from when it was made; then
/// the page says it is too old and how to get a new one, and staff re-send it from the announcement or event. No link
/// can be guessed or turned into another. Opening one shows that one announcement or invitation, nothing about any youth.
/// </summary>
public sealed class RecipientLinks(IDataProtectionProvider protection, SamenspelSettings settings, IConfiguration config, TimeProvider clock)
{
    readonly IDataProtector announcements = protection.CreateProtector("Samenspel.Announcements.Recipient");
    readonly IDataProtector invitees = protection.CreateProtector("Samenspel.Events.Invitee");

    /// <summary>How long a link works, in days from when it was made.</summary>
    public int ValidDays { get; } = Math.Max(1, config.GetValue("Samenspel:Links:ValidDays", 30));

    /// <summary>What a link names: the row, and whether the link is too old to open it.</summary>
    public readonly record struct Opened(Guid Id, bool Expired);

    public string ReadUrl(Guid recipientId) => $"{settings.PublicUrl}/Announcements/Read?token={Token(announcements, recipientId)}";
    public string ReadPath(Guid recipientId) => $"/Announcements/Read?token={Token(announcements, recipientId)}";
    public string RespondUrl(Guid inviteeId) => $"{settings.PublicUrl}/Events/Respond?token={Token(invitees, inviteeId)}";
    public string RespondPath(Guid inviteeId) => $"/Events/Respond?token={Token(invitees, inviteeId)}";
    public Opened? Recipient(string? token) => Read(announcements, token);
    public Opened? Invitee(string? token) => Read(invitees, token);

    string Token(IDataProtector protector, Guid id)
    {
        var payload = new byte[24];
        id.TryWriteBytes(payload);
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(16), clock.GetUtcNow().ToUnixTimeSeconds());
        return WebEncoders.Base64UrlEncode(protector.Protect(payload));
    }

    Opened? Read(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 500) return null;
        try
        {
            var bytes = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            // A link from before links expired holds only the id: it is older than any period, so it is too old.
            if (bytes.Length == 16) return new Opened(new Guid(bytes), true);
            if (bytes.Length != 24) return null;
            var made = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16)));
            return new Opened(new Guid(bytes.AsSpan(0, 16)), clock.GetUtcNow() > made.AddDays(ValidDays));
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
