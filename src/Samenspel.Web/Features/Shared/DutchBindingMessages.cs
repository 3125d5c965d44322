using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Options;

namespace Samenspel.Web.Features.Shared;

/// <summary>The message for a value a field cannot take ("twee weken" for a number, "Fax" for a choice), when the
/// field's own <c>[Range]</c> or <c>[Required]</c> message does not say it well.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BindingMessageAttribute(string message) : Attribute
{
    public string Message { get; } = message;
}

/// <summary>
/// Model binding's messages, in plain Dutch (or English in the English locale), set once for every form. A field that
/// cannot take what was typed says its own message: <see cref="BindingMessageAttribute"/>, else its <c>[Range]</c>
/// message (a number), else its <c>[Required]</c> message (a choice). Other fields get a general one. What was typed
/// stays in the form either way. Dates have their own binder (<see cref="DutchDateBinderProvider"/>).
/// </summary>
public sealed class DutchBindingMessages(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>, IBindingMetadataProvider
{
    readonly IStringLocalizer t = localizers.Create(typeof(SharedResource));

    public void Configure(MvcOptions options)
    {
        Say(options.ModelBindingMessageProvider, () => t["Dit kunnen we niet lezen. Vul het opnieuw in."], () => t["Vul dit in."]);
        options.ModelMetadataDetailsProviders.Add(this);
    }

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != ModelMetadataKind.Property) return;
        var message = context.Attributes.OfType<BindingMessageAttribute>().FirstOrDefault()?.Message
            ?? context.Attributes.OfType<RangeAttribute>().FirstOrDefault()?.ErrorMessage
            ?? context.Attributes.OfType<RequiredAttribute>().FirstOrDefault()?.ErrorMessage;
        if (message is null) return;
        var provider = new DefaultModelBindingMessageProvider();
        Say(provider, () => t[message], () => t[message]);
        context.BindingMetadata.ModelBindingMessageProvider = provider;
    }

    static void Say(DefaultModelBindingMessageProvider p, Func<string> invalid, Func<string> missing)
    {
        p.SetAttemptedValueIsInvalidAccessor((_, _) => invalid());
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => invalid());
        p.SetUnknownValueIsInvalidAccessor(_ => invalid());
        p.SetNonPropertyUnknownValueIsInvalidAccessor(invalid);
        p.SetValueIsInvalidAccessor(_ => invalid());
        p.SetValueMustBeANumberAccessor(_ => invalid());
        p.SetNonPropertyValueMustBeANumberAccessor(invalid);
        p.SetMissingBindRequiredValueAccessor(_ => missing());
        p.SetMissingKeyOrValueAccessor(missing);
        p.SetMissingRequestBodyRequiredValueAccessor(missing);
        p.SetValueMustNotBeNullAccessor(_ => missing());
    }
}
