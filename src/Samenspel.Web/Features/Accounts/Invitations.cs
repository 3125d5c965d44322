using System.Security.Cryptography;
using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Accounts;

public static class Invitations
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public static string Hash(string token) => AccessTokens.Hash(token);

    /// <summary>Stores a new link (earlier links stay valid until they expire) and mails it. The mail says who
    /// sent it and from which organisation, so that it is not mistaken for spam.</summary>
    public static async Task SendAsync(SamenspelDb db, Mailer mailer, SamenspelSettings settings, AppUser user,
        string organisationName, string inviterName, CancellationToken ct = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = db.Clock.GetUtcNow();
        var invitation = new Invitation { UserId = user.Id, TokenHash = Hash(token), SentAt = now, ExpiresAt = now + Lifetime };
        db.Invitations.Add(invitation);
        db.Audit("invitation", AuditAction.Create, AuditOutcome.Success, user.OrganisationId,
            objectType: nameof(Invitation), objectId: invitation.Id.ToString());
        await db.SaveChangesAsync(ct);

        var link = $"{settings.PublicUrl}/Accounts/Invitation?token={token}";
        var body = $"""
            Beste {user.DisplayName},

            {inviterName} van {organisationName} nodigt u uit voor Samenspel.
            In Samenspel ziet u het plan, de afspraken en de berichten van het team.

            Klik op deze link en kies een wachtwoord:
            {link}

            De link werkt {Lifetime.Days} dagen. U kunt hem vaker openen.
            Werkt de link niet meer? Vraag {inviterName} dan om een nieuwe.

            Deze e-mail komt van {organisationName}, via Samenspel.
            U krijgt hem omdat {inviterName} u heeft uitgenodigd.
            """;
        await mailer.SendAsync(user.Email!, $"Uitnodiging van {organisationName} voor Samenspel", body, organisationName, ct);
    }
}
