using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Features.Accounts;

/// <summary>Identity's messages in plain Dutch. English users get them through the shared resource file.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Kies een wachtwoord van minstens {length} tekens." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Zet minstens één cijfer in je wachtwoord." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Zet minstens één kleine letter in je wachtwoord." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Dit e-mailadres heeft al een account." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Dit e-mailadres heeft al een account." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Dit is geen geldig e-mailadres." };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Deze link werkt niet meer. Vraag een nieuwe aan." };
}
