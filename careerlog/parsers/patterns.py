"""Multilingual line patterns for quote headers, client footers and sign-offs.

Kept apart from the stripping logic so that adding a language is a one-line change.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Verbs clients put in the line that introduces a quote ("On …, X wrote:").
_WROTE = (
    r"wrote|writes|a écrit|schrieb|escribió|escreveu|schreef|ha scritto|scrisse|skrev|"
    r"napisał\(a\)|napisała|napisał|написал\(а\)|написала|написал|kirjoitti|írta|yazdı|"
    r"napsal\(a\)|napsal|a scris|έγραψε|kirjutas|rakstīja|rašė"
)
ATTRIBUTION = re.compile(rf"(?:\b(?:{_WROTE})\b.{{0,120}}|(?:写道|寫道|のメッセージ|のメール|"
                         r"書きました|작성))[:：]\s*$", _I)  # fmt: skip
# "2026年11月27日(金) 16:02 careerlog <a@b>:" (Gmail in CJK locales) and similar: a date and
# an address, then a colon. Only trusted when quoted lines follow.
LOOSE_ATTRIBUTION = re.compile(r"(?:\d.*<[^<>\s]+@[^<>\s]+>|<[^<>\s]+@[^<>\s]+>.*\d).*[:：]\s*$")

_HEADER_FROM = (
    r"from|von|de|da|van|från|fra|od|lähettäjä|feladó|от|kimden|expéditeur|remitente|"
    r"差出人|发件人|寄件者|보낸 사람"
)
_HEADER_OTHER = (
    r"sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado|enviada|"
    r"fecha|para|asunto|assunto|data|inviato|a|oggetto|verzonden|aan|onderwerp|skickat|"
    r"till|ämne|sendt|til|emne|emne|wysłano|do|temat|отправлено|кому|тема|lähetetty|"
    r"vastaanottaja|aihe|gönderildi|kime|konu|送信日時|宛先|件名|日期|发送时间|收件人|主题|"
    r"寄件日期|收件者|主旨|보낸 날짜|받는 사람|제목|reply-to|répondre à|antwort an"
)
HEADER_FROM = re.compile(rf"^\s*\*?(?:{_HEADER_FROM})\s*\*?\s*[:：]\s*\S", _I)
HEADER_OTHER = re.compile(rf"^\s*\*?(?:{_HEADER_OTHER})\s*\*?\s*[:：]", _I)

ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|"
    r"mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|"
    r"originalmeddelande|opprinnelig melding|oprindelig meddelelse|alkuperäinen viesti|"
    r"oryginalna wiadomość|původní zpráva|исходное сообщение|元のメッセージ|原始邮件|"
    r"forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|"
    r"mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht|vidarebefordrat meddelande)"
    r"\s*-*\s*$",
    _I,
)
FORWARD_INTRO = re.compile(
    r"^\s*(?:begin forwarded message|anfang der weitergeleiteten nachricht|"
    r"début du message réexpédié|inicio del mensaje reenviado|início da mensagem reencaminhada|"
    r"inizio messaggio inoltrato|begin doorgestuurd bericht|転送されたメッセージ)\s*[:：]\s*$",
    _I,
)
RULE = re.compile(r"^\s*(?:_{8,}|-{8,}|={8,}|—{4,})\s*$")
SIG_DELIMITER = re.compile(r"^(?:-- ?|—)$")

# Client footers: "Sent from my iPhone", "Get Outlook for Android<…>", Proton's line, …
FOOTER = re.compile(
    r"^\s*(?:(?:sent (?:from|with|via|using|on)|envoyé (?:de|depuis|avec)|"
    r"enviado (?:desde|do|de|con|com)|inviato (?:da|dal|con)|verzonden (?:vanaf|met|van)|"
    r"skickat från|sendt fra|wysłane z|отправлено (?:с|из)|gesendet (?:von|mit)|von meinem|"
    r"get \S+(?: \S+)? for (?=ios|android|iphone|ipad|windows|mac)|"
    r"télécharger|descargar|baixe|scarica|holen sie sich)\b"
    r"[^\n]{0,50}?\b(?:iphone|ipad|ios|mac|android|outlook|mail|galaxy|samsung|mobile|proton\s?mail|"
    r"yahoo|blackberry|phone|huawei|pixel|smartphone|tablet|windows|gmail|fastmail|tuta\w*|"
    r"bluemail|spark|mobil|móvil|celular|cellulare|telefoon|telefon|handy)\b[^\n]{0,60}"
    r"|.{0,30}から送信|(?:secure )?email powered by .{0,40}"
    r"|[^.\n]{0,40}\boutlook\b[^.\n]{0,20}\b(?:ios|android)\b[^\n]{0,60})$",
    _I,
)

DISCLAIMER_CUES = re.compile(
    r"confidential|privileged|intended (?:solely |only )?for|intended recipient|addressee|"
    r"received (?:it|this)(?: e-?mail| message)? in error|delete (?:it|this)|disclaimer|"
    r"vertraulich|confidentiel|riservat|confidencial|vertrouwelijk",
    _I,
)

SIGN_OFF = re.compile(
    r"^\s*(?:thanks|thank you|thx|ty|cheers|best|best regards|best wishes|kind regards|regards|"
    r"warm regards|warmly|all the best|cordially|sincerely|talk soon|ttyl|later|merci|"
    r"cordialement|bien à (?:vous|toi)|bises|amitiés|danke|vielen dank|viele grüße|"
    r"liebe grüße|lg|mfg|mit freundlichen grüßen|beste grüße|grüße|gracias|saludos|"
    r"un saludo|un abrazo|obrigad[oa]|abraços?|atenciosamente|cumprimentos|groeten|"
    r"met vriendelijke groet|hartelijke groet|bedankt|dank je|grazie|cordiali saluti|"
    r"saluti|un saluto|tack|hälsningar|mvh|med vänlig hälsning|pozdrawiam|dzięki|"
    r"спасибо|с уважением|よろしくお願いします|よろしくお願いいたします|ありがとうございます|"
    r"谢谢|此致)\s*[,.!…]*\s*$",
    _I,
)

TITLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|manager|director|developer|designer|lead|head of|vp|cto|ceo|"
    r"founder|analyst|consultant|architect|scientist|product|principal|staff|senior|"
    r"intern|specialist|officer|president|team|platform|department|ingenieur|ingénieur|"
    r"ingeniera?|engenheir[oa]|directeur|gerente|responsable)\b|\||·|\+?\d[\d ()-]{7,}|"
    r"https?://|www\.|@",
    _I,
)
