"""General-purpose multilingual cue lexicons for the offline facet extractor.

These describe tasks and harms in general terms (a taxonomy, not any data set's
labels); they are the offline stand-in for an LLM's judgement and are deliberately
broad. Patterns are matched case-insensitively on word boundaries (substring for CJK).
"""
from __future__ import annotations

# task -> cue words/phrases in en, es, fr, de, pt, it, zh, ja
TASK_CUES: dict[str, tuple[str, ...]] = {
    "debug or fix code": ("debug", "bug", "error", "exception", "traceback", "fix my code", "doesn't work",
                           "not working", "depurar", "erreur", "fehler", "erro", "errore", "报错", "错误", "エラー", "バグ"),
    "write or modify code": ("code", "function", "script", "implement", "program", "class", "regex", "query",
                              "código", "función", "fonction", "funktion", "funzione", "代码", "函数", "コード", "関数"),
    "translate text": ("translate", "translation", "traducir", "traduire", "übersetze", "übersetzen", "traduzir",
                       "tradurre", "翻译", "翻訳"),
    "summarize text": ("summarize", "summarise", "summary", "tl;dr", "resumir", "resumen", "résumer", "résumé",
                       "zusammenfassen", "zusammenfassung", "riassumere", "总结", "摘要", "要約"),
    "write or edit prose": ("write", "draft", "compose", "rewrite", "edit", "poem", "story", "essay", "letter",
                            "email", "lyrics", "escribir", "escribe", "redacta", "écrire", "écris", "rédiger",
                            "schreibe", "schreiben", "escrever", "scrivere", "scrivi", "写", "作文", "書いて", "作成"),
    "explain a concept": ("explain", "what is", "what are", "why does", "how does", "difference between",
                          "explica", "qué es", "por qué", "explique", "qu'est-ce", "pourquoi", "erkläre",
                          "was ist", "warum", "explicar", "o que é", "spiega", "cos'è", "解释", "什么是", "为什么",
                          "説明", "とは", "なぜ"),
    "plan or organise": ("plan", "schedule", "itinerary", "agenda", "routine", "organize", "organise", "planificar",
                         "itinerario", "planifier", "planen", "zeitplan", "planejar", "pianificare", "计划",
                         "安排", "計画", "スケジュール"),
    "recommend or advise": ("recommend", "suggest", "advice", "should i", "ideas", "tips", "recomienda",
                            "consejo", "conseil", "recommande", "empfehle", "tipps", "rat", "conselho",
                            "consiglio", "建议", "推荐", "おすすめ", "アドバイス"),
    "solve a problem": ("solve", "calculate", "compute", "equation", "proof", "resolver", "calcular", "résoudre",
                        "calculer", "lösen", "berechne", "risolvere", "calcolare", "解", "计算", "求", "計算"),
}
DEFAULT_TASK = "ask a general question or chat"

# Harm lexicon: (severity 2-5, cues). Severity 5 = grave harm to people; 4 = clear misuse;
# 3 = dual-use or risky; 2 = sensitive but usually benign.
CONCERN_CUES: tuple[tuple[int, tuple[str, ...]], ...] = (
    (5, ("make a bomb", "build a bomb", "explosive device", "pipe bomb", "kill someone", "kill my", "murder",
         "poison someone", "child porn", "sexual content with minors", "suicide method", "how to kill myself",
         "end my life", "mass shooting", "bioweapon", "nerve agent", "fabricar una bomba", "matar a",
         "suicidarme", "fabriquer une bombe", "tuer", "me suicider", "bombe bauen", "töten", "umbringen",
         "suizid", "fazer uma bomba", "costruire una bomba", "uccidere", "制造炸弹", "杀死", "自杀", "爆弾", "殺す",
         "自殺")),
    (4, ("malware", "ransomware", "keylogger", "phishing", "steal password", "stealing passwords", "hack into",
         "hacking into", "ddos", "botnet", "credit card fraud", "stolen credit", "launder money",
         "money laundering", "fake id", "counterfeit", "meth", "methamphetamine", "cocaine", "fentanyl",
         "untraceable", "without getting caught", "stalk", "track someone's location", "doxx", "dox",
         "weapon", "gun without", "harass", "blackmail", "extort", "scam", "fraud", "self-harm", "hurt myself",
         "cut myself", "racist", "hate speech", "explicit sexual", "robar", "estafa", "fraude", "hackear",
         "drogas", "arma", "armas", "voler", "arnaque", "pirater", "drogue", "arme", "stehlen", "betrug",
         "hacken", "waffe", "drogen", "roubar", "golpe", "rubare", "truffa", "恶意软件", "钓鱼", "诈骗", "黑客",
         "盗取", "武器", "毒品", "マルウェア", "詐欺", "ハッキング", "盗む", "フィッシング", "武器", "麻薬")),
    (3, ("exploit", "vulnerability", "bypass", "crack", "jailbreak", "lock pick", "pick a lock", "poison",
         "overdose", "lethal dose", "spy on", "surveillance", "fake review", "cheat on", "plagiarize",
         "without permission", "illegal", "vulnerabilidad", "ilegal", "illégal", "illegal", "illegale",
         "ilegal", "漏洞", "绕过", "非法", "脆弱性", "違法")),
    (2, ("password", "hack", "drug", "alcohol", "gamble", "gambling", "diet pills", "violence", "fight",
         "contraseña", "mot de passe", "passwort", "senha", "密码", "パスワード")),
)
