namespace Samenspel.Web.Features.Messages;

/// <summary>When the mentor changes, each family member who may read the youth's messages gets an introduction in
/// their own thread, from the team, written in the new mentor's name; <see cref="MessageMail"/> mails them about it.
/// The threads themselves stay with the trajectory, so the new mentor reads the whole history.</summary>
public static class Introductions
{
    public static async Task IntroduceAsync(SamenspelDb db, YouthAccess access, TimeProvider clock, Guid youthId, Guid newMentorId, string? oldMentor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var mentor = await db.Staff.FindAsync([newMentorId], ct) ?? throw new InvalidOperationException("The new mentor does not exist.");
        var youth = await db.Youths.FindAsync([youthId], ct) ?? throw new InvalidOperationException("The youth does not exist.");
        foreach (var member in await access.FamilyWhoMayAsync(youthId, DataCategory.Messages, AccessAction.Read, ct))
        {
            var thread = await Conversations.ThreadAsync(db, youthId, member, now, ct);
            if (thread is null) return;
            var youthReads = member.Party == FamilyParty.Youth;
            var text = youthReads
                ? $"Hoi {youth.GivenName}, ik ben {mentor.Name}. Vanaf nu ben ik je mentor{(oldMentor is null ? "" : $", in plaats van {oldMentor}")}. " +
                  "Alles wat je met het team hebt besproken, blijft hier staan. Je kunt me hier altijd een bericht sturen."
                : $"Beste {member.Name}, ik ben {mentor.Name}. Vanaf nu ben ik de mentor van {youth.GivenName}{(oldMentor is null ? "" : $", in plaats van {oldMentor}")}. " +
                  $"Alle berichten met het team blijven hier staan. U kunt mij hier een bericht sturen, of mailen naar {mentor.Email}. Ik wil graag kennismaken.";
            await Conversations.AddOnceAsync(db, new Message
            {
                Id = Guid.CreateVersion7(), ThreadId = thread.Id, YouthId = youthId, Sender = MessageSender.Team, SenderStaffId = newMentorId,
                Kind = MessageKind.Introduction, Text = text, SentAt = now, SentOn = DutchCalendar.DateAt(now),
            }, null, newMentorId, ct);
        }
    }
}
