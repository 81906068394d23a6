"""What mail clients write around a quote, per language: the one place a language is added.

``patterns`` builds its regular expressions from these rows, and
tests/parsers/test_language_table.py checks every phrase of every row in a reply.
Phrases are plain text (no regex) and matched case-insensitively.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    wrote: tuple[str, ...] = ()  # the verb of an attribution line ("On …, X wrote:")
    on: tuple[str, ...] = ()  # the word an attribution line starts with ("On", "Le")
    header_from: tuple[str, ...] = ()  # the first field of a quoted header block
    header_fields: tuple[str, ...] = ()  # the block's other fields (Sent, To, Subject, …)
    separators: tuple[str, ...] = ()  # "-----Original Message-----" and kin
    forward_intros: tuple[str, ...] = ()  # "Begin forwarded message:" and kin
    sign_offs: tuple[str, ...] = ()  # a closing line on its own ("Thanks,")


LANGUAGES: dict[str, Language] = {
    "en": Language(
        on=("on",),
        wrote=("wrote", "writes"),
        header_from=("from",),
        header_fields=("sent", "date", "to", "cc", "subject", "reply-to"),
        separators=("original message", "forwarded message", "reply message"),
        forward_intros=("begin forwarded message",),
        sign_offs=(
            "thanks",
            "thank you",
            "thanks in advance",
            "many thanks",
            "thx",
            "ty",
            "cheers",
            "best",
            "best regards",
            "best wishes",
            "kind regards",
            "regards",
            "warm regards",
            "warmly",
            "all the best",
            "cordially",
            "sincerely",
            "talk soon",
            "ttyl",
            "later",
        ),
    ),
    "fr": Language(
        on=("le",),
        wrote=("a écrit",),
        header_from=("de", "expéditeur"),
        header_fields=("envoyé", "date", "à", "objet", "sujet", "cc", "répondre à"),
        separators=("message d'origine", "message transféré"),
        forward_intros=("début du message réexpédié",),
        sign_offs=("merci", "cordialement", "bien à vous", "bien à toi", "bises", "amitiés"),
    ),
    "de": Language(
        on=("am",),
        wrote=("schrieb",),
        header_from=("von",),
        header_fields=("gesendet", "datum", "an", "betreff", "cc", "antwort an"),
        separators=(
            "ursprüngliche nachricht",
            "weitergeleitete nachricht",
            "antwort nachricht",
        ),
        forward_intros=("anfang der weitergeleiteten nachricht",),
        sign_offs=(
            "danke",
            "vielen dank",
            "viele grüße",
            "liebe grüße",
            "lg",
            "mfg",
            "mit freundlichen grüßen",
            "beste grüße",
            "grüße",
        ),
    ),
    "es": Language(
        on=("el",),
        wrote=("escribió",),
        header_from=("de", "remitente"),
        header_fields=("enviado", "enviada", "fecha", "para", "asunto", "cc"),
        separators=("mensaje original", "mensaje reenviado"),
        forward_intros=("inicio del mensaje reenviado",),
        sign_offs=("gracias", "saludos", "un saludo", "un abrazo"),
    ),
    "ca": Language(
        on=("el",),
        wrote=("va escriure",),
        header_from=("de",),
        header_fields=("enviat", "data", "per a", "assumpte", "a"),
        separators=("missatge original",),
        sign_offs=("gràcies", "salutacions"),
    ),
    "pt": Language(
        on=(
            "em",
            "no dia",
        ),
        wrote=("escreveu",),
        header_from=("de",),
        header_fields=("enviado", "enviada", "data", "para", "assunto", "cc"),
        separators=("mensagem original", "mensagem encaminhada"),
        forward_intros=("início da mensagem reencaminhada",),
        sign_offs=("obrigado", "obrigada", "abraço", "abraços", "atenciosamente", "cumprimentos"),
    ),
    "it": Language(
        on=("il",),
        wrote=("ha scritto", "scrisse"),
        header_from=("da",),
        header_fields=("inviato", "data", "a", "oggetto", "cc"),
        separators=("messaggio originale", "messaggio inoltrato"),
        forward_intros=("inizio messaggio inoltrato",),
        sign_offs=("grazie", "cordiali saluti", "saluti", "un saluto"),
    ),
    "nl": Language(
        on=("op",),
        wrote=("schreef", "het volgende geschreven"),
        header_from=("van",),
        header_fields=("verzonden", "datum", "aan", "onderwerp", "cc"),
        separators=("oorspronkelijk bericht", "doorgestuurd bericht"),
        forward_intros=("begin doorgestuurd bericht",),
        sign_offs=("groeten", "met vriendelijke groet", "hartelijke groet", "bedankt", "dank je"),
    ),
    "sv": Language(
        on=("den",),
        wrote=("skrev",),
        header_from=("från",),
        header_fields=("skickat", "datum", "till", "ämne", "kopia"),
        separators=("originalmeddelande", "vidarebefordrat meddelande"),
        sign_offs=("tack", "hälsningar", "med vänlig hälsning", "vänliga hälsningar", "mvh"),
    ),
    "da": Language(
        on=("den",),
        wrote=("skrev",),
        header_from=("fra",),
        header_fields=("sendt", "dato", "til", "emne", "cc"),
        separators=("oprindelig meddelelse", "oprindelig besked", "videresendt besked"),
        sign_offs=("tak", "venlig hilsen", "med venlig hilsen", "hilsen", "mvh"),
    ),
    "no": Language(
        on=("den",),
        wrote=("skrev",),
        header_from=("fra",),
        header_fields=("sendt", "dato", "til", "emne", "kopi"),
        separators=("opprinnelig melding", "videresendt melding"),
        sign_offs=("takk", "hilsen", "vennlig hilsen", "med vennlig hilsen"),
    ),
    "pl": Language(
        on=("w dniu",),
        wrote=("napisał(a)", "napisała", "napisał"),
        header_from=("od",),
        header_fields=("wysłano", "data", "do", "temat", "dw"),
        separators=("oryginalna wiadomość", "wiadomość oryginalna"),
        sign_offs=("pozdrawiam", "dzięki", "dziękuję", "pozdrowienia"),
    ),
    "ru": Language(
        wrote=("написал(а)", "написала", "написал", "пишет"),
        header_from=("от",),
        header_fields=("отправлено", "дата", "кому", "тема", "копия"),
        separators=("исходное сообщение", "пересылаемое сообщение"),
        sign_offs=("спасибо", "с уважением"),
    ),
    "fi": Language(
        wrote=("kirjoitti",),
        header_from=("lähettäjä",),
        header_fields=("lähetetty", "vastaanottaja", "aihe"),
        separators=("alkuperäinen viesti",),
    ),
    "hu": Language(wrote=("írta",), header_from=("feladó",)),
    "tr": Language(
        wrote=("yazdı",),
        header_from=("kimden",),
        header_fields=("gönderildi", "kime", "konu"),
    ),
    "cs": Language(wrote=("napsal(a)", "napsal"), separators=("původní zpráva",)),
    "ro": Language(wrote=("a scris",)),
    "el": Language(wrote=("έγραψε",)),
    "et": Language(wrote=("kirjutas",)),
    "lv": Language(wrote=("rakstīja",)),
    "lt": Language(wrote=("rašė",)),
    "ja": Language(
        wrote=("のメッセージ", "のメール", "書きました"),
        header_from=("差出人",),
        header_fields=("送信日時", "宛先", "件名"),
        separators=("元のメッセージ",),
        forward_intros=("転送されたメッセージ",),
        sign_offs=("よろしくお願いします", "よろしくお願いいたします", "ありがとうございます"),
    ),
    "zh": Language(
        wrote=("写道", "寫道"),
        header_from=("发件人", "寄件者"),
        header_fields=("日期", "发送时间", "收件人", "主题", "寄件日期", "收件者", "主旨"),
        separators=("原始邮件",),
        sign_offs=("谢谢", "此致"),
    ),
    "ko": Language(
        wrote=("작성",),
        header_from=("보낸 사람",),
        header_fields=("보낸 날짜", "받는 사람", "제목"),
    ),
}


def phrases(kind: str) -> list[str]:
    """Every language's phrases of one kind (a field name of ``Language``), longest first."""
    found = {p for lang in LANGUAGES.values() for p in getattr(lang, kind)}
    return sorted(found, key=lambda p: (-len(p), p))
