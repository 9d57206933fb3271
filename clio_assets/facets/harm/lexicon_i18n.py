"""The harm taxonomy of `harm_lexicon` in Spanish, French, German, Portuguese, Italian,
Chinese and Japanese: category -> cues (severity comes from the English table).

Latin-script cues are regex fragments on word boundaries; CJK cues match as substrings.
A general vocabulary of each harm, not fitted to any evaluation set.
"""
from __future__ import annotations

HARM_CUES_I18N: dict[str, tuple[str, ...]] = {
    "mass_harm": (
        r"bombas? (?:caseras?|molotov|incendiarias?|de clavos)", r"(?:fabricar|hacer|construir|armar) (?:una )?bomba",
        r"bomba (?:casera|artesanal)", r"explosiv[oa]s?", r"bombes?", r"explosifs?", r"bomben?", r"sprengstoff\w*", r"sprengsatz",
        r"esplosiv[oi]", r"armas? químicas?", r"armes? chimiques?", r"chemische waffen?", r"atentado terrorista",
        r"attentats?", r"anschlag", r"炸弹", r"炸药", r"爆炸物", r"化学武器", r"生物武器", r"恐怖袭击", r"爆弾", r"爆発物",
        r"化学兵器", r"生物兵器", r"テロ"),
    "killing": (
        r"matar(?:l[oae]s?)?", r"asesinar\w*", r"tuer", r"assassiner", r"töten", r"umbringen", r"ermorden", r"uccidere",
        r"ammazzare", r"envenenar", r"empoisonner", r"vergiften", r"杀死", r"杀人", r"谋杀", r"毒死", r"殺す", r"殺害", r"毒殺"),
    "self_harm": (
        r"suicid\w*", r"suizid\w*", r"quitarme la vida", r"acabar con mi vida", r"no quiero vivir", r"hacerme daño",
        r"lastimarme", r"autolesi\w*", r"me tuer", r"en finir", r"me faire du mal", r"envie de mourir", r"plus envie de vivre",
        r"mir (?:etwas|das leben) (?:an|zu) ?tun", r"mich (?:selbst )?verletzen", r"nicht mehr leben", r"sterben will",
        r"selbstverletz\w*", r"me matar", r"tirar minha vida", r"me machucar", r"farmi del male", r"togliermi la vita",
        r"non voglio (?:più )?vivere", r"a nadie le importaría", r"si (?:yo )?desapareciera",
        r"miedo (?:de )?mis propios pensamientos", r"me dan miedo mis (?:propios )?pensamientos", r"no vale la pena vivir",
        r"l'intérêt de continuer", r"envie de disparaître", r"si je disparaissais", r"(?:peur de|me font peur) mes (?:propres )?pensées",
        r"personne ne s'en soucierait", r"wenn ich verschwinden würde", r"(?:meine )?eigenen gedanken (?:machen mir )?angst",
        r"keinen sinn mehr", r"nicht mehr weiter", r"没人会在乎", r"消失了也没人", r"害怕自己的想法", r"活着没意思", r"想死",
        r"消えても誰も", r"自分の考えが怖い", r"生きる意味", r"自杀", r"自残", r"伤害自己", r"不想活", r"活不下去", r"结束自己的生命", r"自殺",
        r"自傷", r"死にたい", r"消えたい", r"生きていたくない", r"自分を傷つけ"),
    "violence": (
        r"amenaz\w*", r"intimidar\w*", r"asustar\w*", r"menace\w*", r"menacer", r"intimider", r"effrayer", r"faire peur",
        r"drohung\w*", r"drohnachricht\w*", r"drohbrief\w*", r"(?:be)?droh(?:t|en|e|st)", r"einschüchter\w*", r"angst machen", r"ameaç\w*", r"assustar", r"minacc\w*", r"intimidire", r"spaventare",
        r"amenazante\w*", r"menaçant\w*", r"drohend\w*", r"minaccios\w*", r"secuestr\w*", r"enlever", r"entführ\w*", r"sequestr\w*", r"威胁", r"恐吓", r"吓唬", r"绑架", r"報復", r"脅迫", r"脅し",
        r"脅す", r"怖がらせ", r"誘拐", r"恐喝"),
    "weapons": (
        r"armas?(?: de fuego)?", r"pistolas?", r"rifles?", r"silenciador\w*", r"ráfaga", r"automátic[oa] completo", r"tir automatique", r"dauerfeuer", r"vollautomati\w*",
        r"umbausatz", r"全自动", r"フルオート", r"armes?(?: à feu)?", r"fusils?", r"silencieux",
        r"waffen?", r"schusswaffen?", r"pistolen?", r"schalldämpfer", r"armi(?: da fuoco)?", r"silenziatore", r"枪", r"枪支",
        r"武器", r"消音器", r"銃", r"拳銃", r"武器", r"サプレッサー"),
    "cyber": (
        r"malware", r"ransomware", r"keylogger", r"phishing", r"troyanos?", r"gusanos? informáticos?", r"rançongiciel\w*",
        r"cheval de troie", r"logiciels? malveillants?", r"schadsoftware", r"trojaner", r"erpressungssoftware", r"木马", r"トロイの木馬", r"hackear", r"pirater", r"hacken", r"robar contraseñas",
        r"voler (?:des |les )?mots de passe", r"passwörter stehlen", r"roubar senhas", r"rubare (?:le )?password",
        r"página de inicio de sesión falsa", r"fausse page de connexion", r"gefälschte login-seite", r"恶意软件", r"病毒程序",
        r"钓鱼", r"黑客", r"盗取密码", r"入侵", r"键盘记录", r"勒索软件", r"マルウェア", r"ウイルス", r"フィッシング",
        r"ハッキング", r"不正アクセス", r"キーロガー", r"ランサムウェア", r"パスワードを盗",
        r"(?:robar|conseguir|obtener|sacar)\w* (?:\w+ ){0,3}(?:contraseñas?|credenciales|datos de (?:su |la )?tarjeta)",
        r"(?:escriba|escribir|introduzca|introducir|dé|den|dar|meta|metan) (?:\w+ ){0,3}(?:su|sus) (?:contraseñas?|credenciales|tarjetas?|"
        r"datos de (?:su |la )?tarjeta|pin)", r"(?:saisir|donner|entrer|taper) (?:leur|son|ses|leurs) (?:mots? de passe|"
        r"coordonnées bancaires|numéros? de carte)", r"(?:passwort|kennwort|pin|kartennummer|zugangsdaten)\w* "
        r"(?:eingeben|verraten|preisgeben|abgreifen|stehlen)", r"输入(?:他们的)?密码", r"パスワードを入力させ"),
    "fraud": (
        r"estafa\w*", r"fraude\w*", r"falsific\w*", r"documentos? falsos?", r"arnaque\w*", r"escroquer\w*",
        r"faux (?:papiers|documents?|diplômes?)", r"falsifi\w*", r"betrug\w*", r"betrüg\w*", r"fälsch\w*", r"gefälscht\w*",
        r"golpe", r"golpes", r"truffa\w*", r"hameçonnage", r"suplantación", r"usurpation d'identité",
        r"(?:carn[ée]|licencia|permiso|pasaporte|título|diploma|certificado|nómina|factura|dni|documento)s? (?:de \w+ )?fals[oa]s?",
        r"fals[oa]s? (?:oportunidad|inversi[oó]n|llamada|soporte|loter[ií]a|premio|recogida|donativo|certificado|diploma|nómina)\w*",
        r"faux (?:certificats?|diplômes?|permis|papiers|sms|sites?|billets?|documents?|passeports?|profils?)",
        r"fausses? (?:fiches? de paie|attestations?|ordonnances?|annonces?|factures?|cartes?|pièces? d'identité|pages?|offres?)",
        r"falsche[ns]? (?:investment\w*|spendenaktion|gewinnspiel|lotterie\w*|ausweis\w*|führerschein|zeugnis\w*|diplom|"
        r"gehaltsabrechnung|rechnung\w*|anmelde\w*|login\w*|support\w*)", r"loter\w+ .{0,40}(?:frais|tarifa|comisi[oó]n|geb[üu]hr)",
        r"gewinnspiel .{0,40}geb[üu]hr", r"firmas? (?:reales?|falsas?)", r"copiar (?:una )?firma", r"imiter (?:une )?signature",
        r"unterschrift (?:fälschen|kopieren|nachmachen)", r"假驾照", r"假证件", r"假文件", r"假的", r"冒充", r"骗", r"信じ込ませ",
        r"見せかけ", r"偽造", r"frode", r"falsi\w*", r"诈骗", r"骗局", r"骗钱", r"伪造", r"假证", r"洗钱",
        r"詐欺", r"偽造", r"偽の", r"なりすまし", r"マネーロンダリング", r"騙"),
    "drugs": (
        r"drogas?", r"cocaína", r"metanfetamina", r"drogues?", r"cocaïne", r"drogen", r"kokain", r"droghe", r"毒品",
        r"冰毒", r"可卡因", r"麻薬", r"覚醒剤", r"コカイン"),
    "stalking": (
        r"espiar", r"rastrear", r"acosar", r"espionner", r"traquer", r"harceler", r"ausspionieren", r"überwachen", r"stalken",
        r"spiare", r"perseguitare", r"跟踪", r"监视", r"偷看", r"ストーカー", r"尾行", r"監視", r"盗撮"),
    "hate": (
        r"racista\w*", r"raciste\w*", r"rassist\w*", r"razzist\w*", r"odio racial", r"haine raciale", r"volksverhetz\w*",
        r"种族歧视", r"仇恨", r"ヘイトスピーチ", r"人種差別"),
    "sexual": (
        r"sexo", r"sexual\w*", r"porno\w*", r"desnud\w*", r"sexe", r"sexuel\w*", r"sexuell\w*", r"nackt\w*",
        r"色情", r"裸体", r"性爱", r"エロ", r"ポルノ", r"裸"),
    "crime": (
        r"ilegal\w*", r"illégal\w*", r"illegal\w*", r"illegale", r"robar", r"stehlen", r"roubar", r"rubare",
        r"sin que nadie se (?:entere|dé cuenta)", r"sans que personne ne (?:le )?(?:sache|remarque)", r"ohne dass es jemand merkt",
        r"sem que ninguém perceba", r"senza che nessuno se ne accorga", r"非法", r"违法", r"偷", r"不被发现", r"违法", r"違法",
        r"盗む", r"バレずに", r"誰にも気づかれずに"),
    "distress": (
        r"deprimid[oa]", r"ansiedad", r"desesperanza\w*", r"sin esperanza", r"désespér\w*", r"hoffnungslos\w*",
        r"verzweif\w*", r"绝望", r"絶望", r"déprim\w*", r"angoisse", r"deprimiert", r"einsam", r"depress\w*", r"抑郁",
        r"焦虑", r"孤独", r"うつ病", r"孤独"),
}

# Evasion and deception in the same languages (see `harm_intent`).
EVASION_I18N = (
    r"sin que (?:nadie|nadie se|se) (?:\w+ )?(?:entere|dé cuenta|note)", r"sin ser (?:detectad|descubiert)\w*", r"sin que me pillen",
    r"sans (?:être|me faire) (?:repér|détect|prendre|attrap)\w*", r"sans que personne", r"ohne (?:dass es jemand|erwischt|entdeckt)",
    r"nicht erwischt", r"erwischt zu werden", r"sem ser (?:detectad|descobert|pego)\w*", r"sem que ninguém", r"senza (?:essere|farsi) "
    r"(?:scopert|beccat|notat)\w*", r"不被发现", r"不被抓", r"神不知鬼不觉", r"捕まらずに", r"バレずに", r"バレない", r"気づかれずに",
    r"誰にも気づかれ")
DECEPTION_I18N = (
    r"(?:documento|nómina|firma|identidad|página|perfil|correo|mensaje|sms|anuncio|recogida|factura|inversión|oferta|"
    r"cuenta|título|certificado)s? fals[oa]s?", r"fals[oa]s? (?:documento|nómina|firma|perfil|mensaje|título|certificado)s?",
    r"parezcan? (?:real|oficial|auténtic|de)\w*", r"haciéndome pasar por", r"se faire passer pour", r"crédible",
    r"fausses? (?:fiches?|pièces?|cartes?|pages?|identités?|factures?|signatures?|annonces?|attestations?|ordonnances?)",
    r"faux (?:papiers|documents?|diplômes?|sms|sites?|profils?|comptes?|billets?|identifiants|certificats?|messages?)",
    r"gefälscht\w*", r"falsche[nrs]? (?:anmelde\w*|login\w*|ausweis\w*|identität|rechnung\w*|dokument\w*|investment\w*|profil\w*|"
    r"spendenaktion|zeugnis\w*|gehaltsabrechnung)", r"aussehen, als (?:kämen|käme|wären)", r"vertrauenswürdiger",
    r"假冒", r"冒充", r"看起来像真的", r"最可信", r"本物そっくり", r"本物らしく", r"偽の", r"なりすま")
